-- Rows of our own (not Pagila's data): every mpaa_rating label and a NULL rating, arrays empty, NULL and with
-- unicode, the year domain's extremes, smallint and numeric(4,2) limits, a char(20) value shorter than its width.
INSERT INTO language (language_id, name, last_update) VALUES (1, 'English', '2006-02-15 10:02:19'), (2, 'Italiano', '2006-02-15 10:02:19'), (3, '日本語', '2020-02-29 23:59:59.999999');
INSERT INTO category (category_id, name, last_update) VALUES (1, 'Action', '2006-02-15 09:46:27'), (2, 'Documentary', '2006-02-15 09:46:27'), (3, 'Ñandú & Co', '2006-02-15 09:46:27');
INSERT INTO actor (actor_id, first_name, last_name, last_update) VALUES (1, 'PENELOPE', 'GUINESS', '2006-02-15 09:34:33'), (2, 'Zoë', 'O''Connor', '2006-02-15 09:34:33'), (3, 'José', 'Ñúñez', '1970-01-01 00:00:00');
INSERT INTO film (film_id, title, description, release_year, language_id, original_language_id, rental_duration, rental_rate, length, replacement_cost, rating, last_update, special_features, fulltext) VALUES
    (1, 'ACADEMY DINOSAUR', 'A Epic Drama of a Feminist And a Mad Scientist', 2006, 1, NULL, 6, 0.99, 86, 20.99, 'PG', '2006-02-15 10:03:42', '{"Deleted Scenes","Behind the Scenes"}', ''),
    (2, 'ACE GOLDFINGER', NULL, 1901, 1, 2, 3, 4.99, NULL, 12.99, 'G', '2006-02-15 10:03:42', '{}', ''),
    (3, 'ADAPTATION HOLES', 'Ünïcödé description ✓', 2155, 2, 3, 32767, 99.99, 32767, 999.99, 'NC-17', '2006-02-15 10:03:42', '{Trailers,"Commentaries, with a comma"}', ''),
    (4, 'AFFAIR PREJUDICE', 'A Fanciful Documentary', NULL, 3, NULL, 0, 0.00, 0, 0.00, 'PG-13', '2006-02-15 10:03:42', NULL, ''),
    (5, 'AGENT TRUMAN', 'A Intrepid Panorama', 2006, 1, NULL, 3, 2.99, 169, 17.99, 'R', '2006-02-15 10:03:42', '{"Deleted Scenes"}', ''),
    (6, 'AIRPLANE SIERRA', 'A Touching Saga', 2006, 1, NULL, 6, 4.99, 62, 28.99, NULL, '2006-02-15 10:03:42', '{Trailers}', '');
INSERT INTO film_actor (actor_id, film_id, last_update) VALUES (1, 1, '2006-02-15 10:05:03'), (1, 2, '2006-02-15 10:05:03'), (2, 3, '2006-02-15 10:05:03'), (3, 4, '2006-02-15 10:05:03'), (3, 6, '2006-02-15 10:05:03');
INSERT INTO film_category (film_id, category_id, last_update) VALUES (1, 2, '2006-02-15 10:07:09'), (2, 1, '2006-02-15 10:07:09'), (3, 3, '2006-02-15 10:07:09'), (5, 1, '2006-02-15 10:07:09'), (6, 2, '2006-02-15 10:07:09');
INSERT INTO country (country_id, country, last_update) VALUES (1, 'Afghanistan', '2006-02-15 09:44:00'), (2, 'Côte d’Ivoire', '2006-02-15 09:44:00'), (3, 'Россия', '2006-02-15 09:44:00');
INSERT INTO city (city_id, city, country_id, last_update) VALUES (1, 'Kabul', 1, '2006-02-15 09:45:25'), (2, 'Abidjan', 2, '2006-02-15 09:45:25'), (3, 'Санкт-Петербург', 3, '2006-02-15 09:45:25');
INSERT INTO address (address_id, address, address2, district, city_id, postal_code, phone, last_update) VALUES
    (1, '47 MySakila Drive', NULL, 'Alberta', 1, NULL, '', '2006-02-15 09:45:30'),
    (2, '1913 Hanoi Way', '', 'Nagasaki', 2, '35200', '28303384290', '2006-02-15 09:45:30'),
    (3, 'Невский проспект, 28', 'кв. 1', 'Центральный', 3, '191186', '+7 812 000-00-00', '2006-02-15 09:45:30');
