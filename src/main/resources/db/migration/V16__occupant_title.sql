-- How the desk addresses an occupant (称呼): MR 先生, MS 女士, or none recorded (NULL), in which
-- case the standard phrases use the neutral 先生/女士. Rows already there have none.
ALTER TABLE occupant ADD COLUMN title TEXT CHECK (title IS NULL OR title IN ('MR', 'MS'));
