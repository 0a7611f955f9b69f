//! The tables, written by hand so that one description serves both backends.
//! Keep it in step with `migrations/sqlite` and `migrations/postgres`.

diesel::table! {
    users (id) {
        id -> BigInt,
        username -> Text,
        username_key -> Text,
        email -> Text,
        email_key -> Text,
        password_hash -> Text,
        roles -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    login_failures (id) {
        id -> BigInt,
        throttle_key -> Text,
        failed_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        actor_id -> Nullable<BigInt>,
        actor_name -> Text,
        action -> Text,
        subject -> Text,
        details -> Text,
        reason -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    site_secrets (name) {
        name -> Text,
        value -> Binary,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    users,
    sessions,
    login_failures,
    audit_log,
    site_secrets
);
