-- kekiz schema, version 3: an indicator definition declares its precision and whether its values
-- are synthetic example data. Placeholders as in version 1.
--
-- nachkommastellen  the decimal places every report rounds a published value to (half-up). Rows of
--                   version 2 get the precision the domain gives a definition that declares none:
--                   0 without denominator, 2 for factor 1, 1 otherwise.
-- synthetisch       whether the values are synthetic example data (reports mark them
--                   "Beispieldaten – Werte synthetisch"); false for every row of version 2.

ALTER TABLE ${kekiz_praefix}indikator ADD COLUMN nachkommastellen INTEGER;
ALTER TABLE ${kekiz_praefix}indikator ADD COLUMN synthetisch BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE ${kekiz_praefix}indikator
   SET nachkommastellen = CASE
     WHEN nenner_definition IS NULL THEN 0
     WHEN faktor = 1 THEN 2
     ELSE 1
   END;

ALTER TABLE ${kekiz_praefix}indikator ALTER COLUMN nachkommastellen SET NOT NULL;
