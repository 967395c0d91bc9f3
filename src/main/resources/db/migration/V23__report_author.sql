-- The company a report is written for when only its chrome named it (a mail's signature and sender address,
-- removed by the cleaning): kept so that re-running tagging and figures on the stored text still speaks as it.
CREATE TABLE report_author (
    report_id VARCHAR(32)  PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
    name      VARCHAR(300) NOT NULL
);
