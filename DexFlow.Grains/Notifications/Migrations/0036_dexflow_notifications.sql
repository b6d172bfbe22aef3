-- How each user wants to be told: at once or in a digest, and which event types they do not want at all.
CREATE TABLE IF NOT EXISTS dexflow.notification_settings
(
    user_id    text        PRIMARY KEY REFERENCES dexflow.users (user_id),
    digest     boolean     NOT NULL,
    muted      text[]      NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per user and event, made once when the notifier reads the event (the key refuses a second, so a redelivered
-- event sends no second e-mail), with the address it goes to. Rows due for the same user go out in one message: a
-- digest holds its rows until the next digest time.
CREATE TABLE IF NOT EXISTS dexflow.notifications
(
    user_id     text        NOT NULL,
    event_id    bigint      NOT NULL,
    address     text        NOT NULL,
    display_name text       NOT NULL,
    event       text        NOT NULL, -- the event as JSON
    created_at  timestamptz NOT NULL DEFAULT now(),
    send_after  timestamptz NOT NULL,
    status      text        NOT NULL DEFAULT 'Pending', -- Pending, Sent, Failed
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  text        NULL,
    sent_at     timestamptz NULL,
    PRIMARY KEY (user_id, event_id)
);

CREATE INDEX IF NOT EXISTS notifications_due ON dexflow.notifications (send_after) WHERE status = 'Pending';
