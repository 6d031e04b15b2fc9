-- Rows of our own (not Documenso's data): every enum label, enum arrays empty, NULL and with several labels,
-- cuid ids, millisecond timestamps, unicode names, a user with no optional value at all.
INSERT INTO "User" ("id", "name", "customerId", "email", "emailVerified", "password", "source", "signature", "createdAt", "updatedAt", "lastSignedIn", "roles", "identityProvider", "twoFactorSecret", "twoFactorEnabled", "twoFactorBackupCodes", "url") VALUES
    (1, 'Ada Lovelace', 'cus_NffrFeUfNV2Hib', 'ada@example.com', '2024-01-02 03:04:05.678', '$2a$12$abcdefghijklmnopqrstuv', 'signup', NULL, '2024-01-01 00:00:00.001', '2024-06-30 23:59:59.999', '2024-06-30 23:59:59.999', '{ADMIN,USER}', 'DOCUMENSO', NULL, false, NULL, 'ada'),
    (2, 'Jürgen Groß', NULL, 'juergen@example.com', NULL, NULL, NULL, NULL, '2024-02-29 12:00:00', '2024-02-29 12:00:00', '2024-02-29 12:00:00', '{USER}', 'GOOGLE', 'JBSWY3DPEHPK3PXP', true, '["a1b2","c3d4"]', NULL),
    (3, NULL, NULL, 'nobody@example.com', NULL, NULL, NULL, NULL, '2024-03-01 00:00:00', '2024-03-01 00:00:00', '2024-03-01 00:00:00', '{}', 'DOCUMENSO', NULL, false, NULL, NULL),
    (4, '山田 太郎', NULL, 'taro@example.com', NULL, NULL, NULL, NULL, '2024-03-02 00:00:00', '2024-03-02 00:00:00', '2024-03-02 00:00:00', NULL, 'GOOGLE', NULL, false, NULL, 'taro');
INSERT INTO "UserProfile" ("id", "bio") VALUES (1, 'First programmer ✓'), (2, NULL);
INSERT INTO "Team" ("id", "name", "url", "createdAt", "customerId", "ownerUserId") VALUES
    (1, 'Analytical Engines', 'engines', '2024-01-05 10:00:00.5', 'cus_TeamA', 1),
    (2, 'Équipe B', 'equipe-b', '2024-01-06 10:00:00', NULL, 2);
INSERT INTO "TeamMember" ("id", "teamId", "createdAt", "role", "userId") VALUES
    (1, 1, '2024-01-05 10:00:00', 'ADMIN', 1), (2, 1, '2024-01-05 11:00:00', 'MANAGER', 2), (3, 2, '2024-01-06 10:00:00', 'MEMBER', 4);
INSERT INTO "TeamEmail" ("teamId", "createdAt", "name", "email") VALUES (1, '2024-01-07 00:00:00', 'Engines', 'team@engines.example');
INSERT INTO "DocumentData" ("id", "type", "data", "initialData") VALUES
    ('clrq8z1w40000qz8jb1c2d3e4', 'S3_PATH', 'documents/1/contract.pdf', 'documents/1/contract.pdf'),
    ('clrq8z1w40001qz8jf5g6h7i8', 'BYTES', 'JVBERi0xLjQK', 'JVBERi0xLjQK'),
    ('clrq8z1w40002qz8jj9k0l1m2', 'BYTES_64', '', '');
INSERT INTO "Document" ("id", "userId", "title", "status", "documentDataId", "createdAt", "updatedAt", "completedAt", "deletedAt", "teamId") VALUES
    (1, 1, 'Contract', 'COMPLETED', 'clrq8z1w40000qz8jb1c2d3e4', '2024-01-10 09:00:00', '2024-01-11 09:00:00.123', '2024-01-11 09:00:00.123', NULL, 1),
    (2, 2, 'Vertrag für Müller', 'PENDING', 'clrq8z1w40001qz8jf5g6h7i8', '2024-01-12 09:00:00', '2024-01-12 09:00:00', NULL, NULL, NULL),
    (3, 4, 'Draft', 'DRAFT', 'clrq8z1w40002qz8jj9k0l1m2', '2024-01-13 09:00:00', '2024-01-13 09:00:00', NULL, '2024-02-01 00:00:00', 2);
INSERT INTO "Webhook" ("id", "webhookUrl", "eventTriggers", "secret", "enabled", "createdAt", "updatedAt", "userId", "teamId") VALUES
    ('clrq9a2b30000qz8jn3o4p5q6', 'https://hooks.example.com/a', '{DOCUMENT_CREATED,DOCUMENT_SENT,DOCUMENT_OPENED,DOCUMENT_SIGNED,DOCUMENT_COMPLETED}', 'whsec_1', true, '2024-01-20 00:00:00', '2024-01-20 00:00:00', 1, 1),
    ('clrq9a2b30001qz8jr7s8t9u0', 'https://hooks.example.com/b?x=1&y=ü', '{}', NULL, false, '2024-01-21 00:00:00', '2024-01-22 00:00:00', 2, NULL);
