-- Initial schema: generated from the EF model (verb 'schema script'); a test proves it equals the model.
CREATE TABLE "api_tokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_api_tokens" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Scopes" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    "LastUsedAt" INTEGER NULL
);


CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "PreferredLanguage" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "audit_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_audit_entries" PRIMARY KEY,
    "Sequence" INTEGER NOT NULL,
    "At" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "ObjectType" TEXT NOT NULL,
    "ObjectId" TEXT NULL,
    "Outcome" TEXT NOT NULL,
    "Detail" TEXT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);


CREATE TABLE "dossier_number_counters" (
    "Year" INTEGER NOT NULL CONSTRAINT "PK_dossier_number_counters" PRIMARY KEY,
    "Next" INTEGER NOT NULL
);


CREATE TABLE "dossiers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_dossiers" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "OpenedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "dossier_events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_dossier_events" PRIMARY KEY AUTOINCREMENT,
    "DossierId" TEXT NOT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Fields" TEXT NULL,
    "Detail" TEXT NULL,
    "LegalBasis" TEXT NULL,
    CONSTRAINT "FK_dossier_events_dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "dossiers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "persons" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_persons" PRIMARY KEY,
    "DossierId" TEXT NOT NULL,
    "Surname" TEXT NOT NULL,
    "GivenNames" TEXT NOT NULL,
    "OriginalScriptName" TEXT NULL,
    "Sex" TEXT NOT NULL,
    "BirthDate" TEXT NULL,
    "BirthDateEstimated" INTEGER NOT NULL,
    "BirthPlace" TEXT NULL,
    "BirthCountry" TEXT NULL,
    "NationalNumber" TEXT NULL,
    "ExternalId" TEXT NULL,
    "SearchSurname" TEXT NOT NULL,
    "SearchGivenNames" TEXT NOT NULL,
    CONSTRAINT "FK_persons_dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "dossiers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "registered_documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_registered_documents" PRIMARY KEY,
    "DossierId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Direction" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Correspondent" TEXT NULL,
    "DocumentDate" TEXT NOT NULL,
    "RegisteredAt" INTEGER NOT NULL,
    "RegisteredBy" TEXT NOT NULL,
    "FileName" TEXT NULL,
    "ContentType" TEXT NULL,
    "Size" INTEGER NULL,
    "ContentSha256" TEXT NULL,
    CONSTRAINT "FK_registered_documents_dossiers_DossierId" FOREIGN KEY ("DossierId") REFERENCES "dossiers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "identity_documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_identity_documents" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "DocumentNumber" TEXT NOT NULL,
    "IssuingCountry" TEXT NOT NULL,
    "IssuedOn" TEXT NULL,
    "ExpiresOn" TEXT NULL,
    CONSTRAINT "FK_identity_documents_persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "person_addresses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_person_addresses" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Street" TEXT NOT NULL,
    "HouseNumber" TEXT NULL,
    "Box" TEXT NULL,
    "PostalCode" TEXT NOT NULL,
    "Municipality" TEXT NOT NULL,
    "Country" TEXT NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    CONSTRAINT "FK_person_addresses_persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "person_aliases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_person_aliases" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Surname" TEXT NOT NULL,
    "GivenNames" TEXT NOT NULL,
    "OriginalScriptName" TEXT NULL,
    "BirthDate" TEXT NULL,
    "Source" TEXT NOT NULL,
    "RecordedOn" TEXT NOT NULL,
    "SearchSurname" TEXT NOT NULL,
    "SearchGivenNames" TEXT NOT NULL,
    CONSTRAINT "FK_person_aliases_persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "persons" ("Id") ON DELETE CASCADE
);


CREATE TABLE "person_nationalities" (
    "PersonId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    CONSTRAINT "PK_person_nationalities" PRIMARY KEY ("PersonId", "Code"),
    CONSTRAINT "FK_person_nationalities_persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "persons" ("Id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_api_tokens_TokenHash" ON "api_tokens" ("TokenHash");


CREATE INDEX "IX_api_tokens_UserId" ON "api_tokens" ("UserId");


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_audit_entries_Actor" ON "audit_entries" ("Actor");


CREATE INDEX "IX_audit_entries_ObjectType_ObjectId" ON "audit_entries" ("ObjectType", "ObjectId");


CREATE UNIQUE INDEX "IX_audit_entries_Sequence" ON "audit_entries" ("Sequence");


CREATE INDEX "IX_dossier_events_DossierId_Id" ON "dossier_events" ("DossierId", "Id");


CREATE UNIQUE INDEX "IX_dossiers_Number" ON "dossiers" ("Number");


CREATE INDEX "IX_identity_documents_DocumentNumber" ON "identity_documents" ("DocumentNumber");


CREATE INDEX "IX_identity_documents_PersonId" ON "identity_documents" ("PersonId");


CREATE INDEX "IX_person_addresses_PersonId" ON "person_addresses" ("PersonId");


CREATE INDEX "IX_person_aliases_PersonId" ON "person_aliases" ("PersonId");


CREATE INDEX "IX_person_aliases_SearchSurname" ON "person_aliases" ("SearchSurname");


CREATE UNIQUE INDEX "IX_persons_DossierId" ON "persons" ("DossierId");


CREATE INDEX "IX_persons_ExternalId" ON "persons" ("ExternalId");


CREATE INDEX "IX_persons_NationalNumber" ON "persons" ("NationalNumber");


CREATE INDEX "IX_persons_SearchGivenNames" ON "persons" ("SearchGivenNames");


CREATE INDEX "IX_persons_SearchSurname" ON "persons" ("SearchSurname");


CREATE UNIQUE INDEX "IX_registered_documents_DossierId_Sequence" ON "registered_documents" ("DossierId", "Sequence");



