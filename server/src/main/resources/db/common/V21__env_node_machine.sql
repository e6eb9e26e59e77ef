-- What perftrackerlib's ptHost says about the physical machine behind an env node: the keys that tell two boxes
-- apart (model, firmware UUID, serial number) and free text on its processors and memory. Empty when not sent,
-- as for the nodes uploaded before this migration.
ALTER TABLE env_node ADD COLUMN model ${text} NOT NULL DEFAULT '';
ALTER TABLE env_node ADD COLUMN hw_uuid ${text} NOT NULL DEFAULT '';
ALTER TABLE env_node ADD COLUMN serial_num ${text} NOT NULL DEFAULT '';
ALTER TABLE env_node ADD COLUMN cpu_info ${text} NOT NULL DEFAULT '';
ALTER TABLE env_node ADD COLUMN ram_info ${text} NOT NULL DEFAULT '';
