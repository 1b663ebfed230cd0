-- Issue 4: the stays a person made in the Schengen area, recorded on their dossier for the 90/180-day rule.
CREATE TABLE recorded_stays (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Entry" date NOT NULL,
    "Exit" date,
    "Source" character varying(16) NOT NULL,
    "RecordedOn" date NOT NULL,
    "Note" character varying(500),
    CONSTRAINT "PK_recorded_stays" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_recorded_stays_persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES persons ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_recorded_stays_PersonId" ON recorded_stays ("PersonId");
