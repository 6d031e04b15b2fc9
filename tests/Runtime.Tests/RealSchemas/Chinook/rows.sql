-- Rows of our own (not Chinook's data), a few per table: nulls, unicode, quotes, extreme values, a self-reference.
INSERT INTO "Artist" VALUES (1, 'AC/DC'), (2, 'Antônio Carlos Jobim'), (3, 'Guns N'' Roses'), (4, NULL), (2147483647, '坂本龍一');
INSERT INTO "Album" VALUES (1, 'For Those About To Rock', 1), (2, 'Wave', 2), (3, 'Appetite', 3), (4, 'Ｆｕｌｌ　ｗｉｄｔｈ 🎵', 2147483647);
INSERT INTO "Employee" VALUES
    (1, 'Adams', 'Andrew', 'General Manager', NULL, '1962-02-18 00:00:00', '2002-08-14 00:00:00', '11120 Jasper Ave NW', 'Edmonton', 'AB', 'Canada', 'T5K 2N1', '+1 (780) 428-9482', NULL, 'andrew@example.com'),
    (2, 'Édouard', 'Zoë', NULL, 1, NULL, '1999-12-31 23:59:59', NULL, 'Montréal', 'QC', 'Canada', NULL, NULL, NULL, NULL),
    (3, 'Park', 'Jane', 'Sales Support Agent', 2, '1973-08-29 00:00:00', '2003-04-01 00:00:00', NULL, 'Calgary', 'AB', 'Canada', 'T2P 5M5', NULL, '+1 (403) 262-6712', 'jane@example.com');
INSERT INTO "Customer" VALUES
    (1, 'Luís', 'Gonçalves', 'Embraer', 'Av. Brigadeiro Faria Lima, 2170', 'São José dos Campos', 'SP', 'Brazil', '12227-000', '+55 (12) 3923-5555', NULL, 'luis@example.com', 3),
    (2, 'Leonie', 'Köhler', NULL, 'Theodor-Heuss-Straße 34', 'Stuttgart', NULL, 'Germany', '70174', NULL, NULL, 'leonie@example.com', NULL),
    (3, 'François', 'O''Brien', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'f@example.com', 2);
INSERT INTO "Genre" VALUES (1, 'Rock'), (2, 'Bossa Nova'), (3, NULL);
INSERT INTO "MediaType" VALUES (1, 'MPEG audio file'), (2, 'AAC audio file');
INSERT INTO "Playlist" VALUES (1, 'Music'), (2, NULL), (3, 'Ünïcödé ✓');
INSERT INTO "Track" VALUES
    (1, 'For Those About To Rock (We Salute You)', 1, 1, 1, 'Angus Young, Malcolm Young, Brian Johnson', 343719, 11170334, 0.99),
    (2, 'Garota de Ipanema', 2, 2, 2, 'Antônio Carlos Jobim & Vinícius de Moraes', 1, NULL, 99999999.99),
    (3, 'Untitled', NULL, 1, NULL, NULL, 2147483647, 2147483647, 0.00);
INSERT INTO "Invoice" VALUES
    (1, 1, '2009-01-01 00:00:00', 'Av. Brigadeiro Faria Lima, 2170', 'São José dos Campos', 'SP', 'Brazil', '12227-000', 1.98),
    (2, 2, '2013-12-22 00:00:00', NULL, NULL, NULL, NULL, NULL, 0.00);
INSERT INTO "InvoiceLine" VALUES (1, 1, 1, 0.99, 1), (2, 1, 2, 0.99, 1), (3, 2, 3, 0.00, 2147483647);
INSERT INTO "PlaylistTrack" VALUES (1, 1), (1, 2), (3, 2), (3, 3);
