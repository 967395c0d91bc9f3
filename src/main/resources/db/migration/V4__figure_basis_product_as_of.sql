-- What a share is of, the product a figure is about, and the time an earlier value holds for (CONTRACT.md).
ALTER TABLE figure ADD COLUMN basis VARCHAR(200);
ALTER TABLE figure ADD COLUMN product VARCHAR(200);
ALTER TABLE figure ADD COLUMN as_of VARCHAR(32);
