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
        bio -> Text,
        avatar_id -> Nullable<BigInt>,
        trusted -> Bool,
        restriction -> Text,
        restricted_until -> Nullable<Timestamp>,
        restriction_reason -> Text,
        email_confirmed_at -> Nullable<Timestamp>,
        display_name -> Text,
        hide_activity -> Bool,
        digest -> Text,
        interests_offered -> Bool,
        language -> Text,
    }
}

diesel::table! {
    member_interests (user_id, kind, item_id, tag) {
        user_id -> BigInt,
        kind -> Text,
        item_id -> BigInt,
        tag -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    not_for_me (user_id, kind, item_id, tag) {
        user_id -> BigInt,
        kind -> Text,
        item_id -> BigInt,
        tag -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    digests_sent (user_id, period) {
        user_id -> BigInt,
        period -> Text,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        device -> Text,
        provider -> Text,
    }
}

diesel::table! {
    member_identities (provider, subject) {
        provider -> Text,
        subject -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        last_used_at -> Timestamp,
    }
}

diesel::table! {
    sign_in_trips (state_hash) {
        state_hash -> Text,
        session_hash -> Text,
        provider -> Text,
        nonce -> Text,
        pkce_verifier -> Text,
        next -> Text,
        link_to -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sign_in_arrivals (session_hash) {
        session_hash -> Text,
        provider -> Text,
        subject -> Text,
        username -> Text,
        email -> Text,
        email_verified -> Bool,
        groups -> Text,
        next -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        name -> Text,
        token_hash -> Text,
        scopes -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    webhook_endpoints (id) {
        id -> BigInt,
        url -> Text,
        description -> Text,
        secret -> Text,
        events -> Text,
        failures_in_a_row -> Integer,
        disabled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> BigInt,
        endpoint_id -> BigInt,
        message_id -> Text,
        event_key -> Text,
        event_type -> Text,
        payload -> Text,
        created_at -> Timestamp,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        last_status -> Nullable<Integer>,
        last_error -> Text,
        last_duration_ms -> Nullable<Integer>,
        last_attempt_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    account_tokens (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        purpose -> Text,
        email -> Text,
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
        link -> Text,
    }
}

diesel::table! {
    site_secrets (name) {
        name -> Text,
        value -> Binary,
    }
}

diesel::table! {
    media (id) {
        id -> BigInt,
        hash -> Text,
        extension -> Text,
        content_type -> Text,
        width -> Integer,
        height -> Integer,
        bytes -> Binary,
        uploader_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    media_sizes (media_id, width) {
        media_id -> BigInt,
        width -> Integer,
        height -> Integer,
        bytes -> Binary,
    }
}

diesel::table! {
    articles (id) {
        id -> BigInt,
        slug -> Text,
        author_id -> BigInt,
        title -> Text,
        excerpt -> Text,
        body_md -> Text,
        body_html -> Text,
        reading_minutes -> Integer,
        cover_id -> Nullable<BigInt>,
        cover_alt -> Text,
        tags -> Text,
        published_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        visibility -> Text,
    }
}

diesel::table! {
    article_tags (article_id, tag) {
        article_id -> BigInt,
        tag -> Text,
    }
}

diesel::table! {
    article_slugs (slug) {
        slug -> Text,
        article_id -> BigInt,
    }
}

diesel::table! {
    article_revisions (id) {
        id -> BigInt,
        article_id -> BigInt,
        editor_id -> Nullable<BigInt>,
        title -> Text,
        body_md -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    replies (id) {
        id -> BigInt,
        subject_kind -> Text,
        subject_id -> BigInt,
        parent_id -> Nullable<BigInt>,
        author_id -> BigInt,
        body_md -> Text,
        body_html -> Text,
        status -> Text,
        created_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    areas (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        description -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    expert_areas (user_id, area_id) {
        user_id -> BigInt,
        area_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    questions (id) {
        id -> BigInt,
        slug -> Text,
        asker_id -> BigInt,
        area_id -> BigInt,
        title -> Text,
        body_md -> Text,
        body_html -> Text,
        image_id -> Nullable<BigInt>,
        image_alt -> Text,
        answer_count -> Integer,
        expert_answer_count -> Integer,
        vote_count -> Integer,
        accepted_answer_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        last_activity_at -> Timestamp,
        visibility -> Text,
        first_answer_at -> Nullable<Timestamp>,
        first_expert_answer_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    answers (id) {
        id -> BigInt,
        question_id -> BigInt,
        author_id -> BigInt,
        body_md -> Text,
        body_html -> Text,
        by_expert -> Bool,
        score -> Integer,
        created_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
        visibility -> Text,
        question_visibility -> Text,
        accepted -> Bool,
    }
}

diesel::table! {
    answer_votes (answer_id, user_id) {
        answer_id -> BigInt,
        user_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    question_follows (question_id, user_id) {
        question_id -> BigInt,
        user_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    expert_invites (question_id, invitee_id) {
        question_id -> BigInt,
        invitee_id -> BigInt,
        inviter_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    notifications (id) {
        id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        text -> Text,
        url -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notification_prefs (user_id, kind) {
        user_id -> BigInt,
        kind -> Text,
        email -> Bool,
    }
}

diesel::table! {
    accept_reminders (question_id) {
        question_id -> BigInt,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    ideas (id) {
        id -> BigInt,
        slug -> Text,
        author_id -> BigInt,
        area_id -> Nullable<BigInt>,
        title -> Text,
        body_md -> Text,
        body_html -> Text,
        status -> Text,
        approved -> Bool,
        vote_count -> Integer,
        created_at -> Timestamp,
        first_response_at -> Nullable<Timestamp>,
        merged_into_id -> Nullable<BigInt>,
        image_id -> Nullable<BigInt>,
        image_alt -> Text,
        trending_score -> Double,
        visibility -> Text,
    }
}

diesel::table! {
    idea_follows (idea_id, user_id) {
        idea_id -> BigInt,
        user_id -> BigInt,
    }
}

diesel::table! {
    idea_votes (idea_id, user_id) {
        idea_id -> BigInt,
        user_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    idea_status_changes (id) {
        id -> BigInt,
        idea_id -> BigInt,
        moderator_id -> Nullable<BigInt>,
        moderator -> Text,
        old_status -> Text,
        new_status -> Text,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    flags (id) {
        id -> BigInt,
        subject_kind -> Text,
        subject_id -> BigInt,
        author_id -> BigInt,
        area_id -> Nullable<BigInt>,
        rule -> Text,
        detail -> Text,
        held -> Bool,
        reporter_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        resolved_at -> Nullable<Timestamp>,
        resolved_by -> Text,
        resolution -> Text,
        original_md -> Nullable<Text>,
    }
}

diesel::table! {
    settings (name) {
        name -> Text,
        value -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    rate_events (id) {
        id -> BigInt,
        user_id -> BigInt,
        action -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    search_documents (id) {
        id -> BigInt,
        kind -> Text,
        post_id -> BigInt,
        title -> Text,
        body -> Text,
        url -> Text,
        area_id -> Nullable<BigInt>,
        author_id -> BigInt,
        created_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        visibility -> Text,
        expert_answered -> Bool,
        accepted -> Bool,
        idea_status -> Text,
        boost -> Double,
        language -> Text,
        stems -> Text,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(member_identities -> users (user_id));
diesel::joinable!(account_tokens -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(webhook_deliveries -> webhook_endpoints (endpoint_id));
diesel::joinable!(flags -> users (author_id));
diesel::joinable!(articles -> users (author_id));
diesel::joinable!(media_sizes -> media (media_id));
diesel::joinable!(articles -> media (cover_id));
diesel::joinable!(article_tags -> articles (article_id));
diesel::joinable!(article_slugs -> articles (article_id));
diesel::joinable!(article_revisions -> articles (article_id));
diesel::joinable!(replies -> users (author_id));
diesel::joinable!(expert_areas -> users (user_id));
diesel::joinable!(expert_areas -> areas (area_id));
diesel::joinable!(questions -> users (asker_id));
diesel::joinable!(questions -> areas (area_id));
diesel::joinable!(answers -> questions (question_id));
diesel::joinable!(answers -> users (author_id));
diesel::joinable!(answer_votes -> answers (answer_id));
diesel::joinable!(question_follows -> questions (question_id));
diesel::joinable!(notifications -> users (user_id));
diesel::joinable!(ideas -> users (author_id));
diesel::joinable!(idea_votes -> ideas (idea_id));
diesel::table! {
    daily_figures (day, figure) {
        day -> Date,
        figure -> Text,
        value -> BigInt,
    }
}

diesel::table! {
    member_days (day, user_id) {
        day -> Date,
        user_id -> BigInt,
    }
}

diesel::joinable!(idea_status_changes -> ideas (idea_id));
diesel::joinable!(idea_follows -> ideas (idea_id));
diesel::allow_tables_to_appear_in_same_query!(
    users,
    member_identities,
    sign_in_trips,
    sign_in_arrivals,
    search_documents,
    sessions,
    account_tokens,
    api_tokens,
    webhook_endpoints,
    webhook_deliveries,
    login_failures,
    audit_log,
    site_secrets,
    media,
    media_sizes,
    articles,
    article_tags,
    article_slugs,
    article_revisions,
    replies,
    areas,
    expert_areas,
    questions,
    answers,
    answer_votes,
    question_follows,
    expert_invites,
    notifications,
    notification_prefs,
    accept_reminders,
    ideas,
    idea_votes,
    idea_status_changes,
    member_interests,
    not_for_me,
    digests_sent,
    idea_follows,
    flags,
    settings,
    rate_events,
    daily_figures,
    member_days,
);

diesel::table! {
    site_version (id) {
        id -> BigInt,
        version -> BigInt,
    }
}
