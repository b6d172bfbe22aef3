-- Rows that ride in a grain's state write (its read-model row, its audit entries) must not be committed when that
-- write lost to another version: this check follows the write in the same transaction and fails it, and with it the
-- batch, unless the state row now holds the expected version written by this very transaction (the row's xmin is
-- this transaction's id, as txid_current() gives it without the epoch).
CREATE OR REPLACE FUNCTION dexflow.require_state_written(
    p_service_id text, p_grain_type text, p_n0 bigint, p_n1 bigint, p_extension text, p_version integer)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM orleans_storage
        WHERE service_id = p_service_id AND grain_type = p_grain_type
          AND grain_id_n0 = p_n0 AND grain_id_n1 = p_n1 AND grain_id_extension = coalesce(p_extension, '')
          AND version = p_version AND xmin::text = (txid_current() % 4294967296)::text) THEN
        RAISE EXCEPTION 'The % state was not written at version % in this transaction', p_grain_type, p_version
            USING ERRCODE = 'DXS01';
    END IF;
END
$$;
