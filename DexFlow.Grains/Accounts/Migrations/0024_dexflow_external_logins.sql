-- The users of an external OpenID Connect provider, by the provider's issuer and subject, and the DexFlow user each
-- one is: matched on their first sign-in to the user with their verified e-mail address, or a new user without roles.
CREATE TABLE IF NOT EXISTS dexflow.external_logins
(
    issuer    text        NOT NULL,
    subject   text        NOT NULL,
    user_id   text        NOT NULL REFERENCES dexflow.users (user_id),
    linked_at timestamptz NOT NULL,
    PRIMARY KEY (issuer, subject)
);

CREATE INDEX IF NOT EXISTS users_by_email ON dexflow.users (lower(email));
