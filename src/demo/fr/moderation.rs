//! The French demo moderation queue: the English posts adapted so that they trip the same
//! checks in French (each reads as French: more French small words than English ones).
//!
//! - sam_k: crude, with a mild word of `words/fr.txt` (« merde ») and a severe one of
//!   `words/fr-severe.txt` (« enculés »), so the post is held; strongly negative too.
//! - oliver-j: strongly negative by the French lexicon (« inutile », « furieux »; no
//!   negation in the three words before them), flagged only.
//! - amara (staff): a payment card number, held as a leak.

use crate::demo::moderation::Queue;

/// The French queue.
pub static FRENCH: Queue = Queue {
    posts: &[
        (
            "sam_k",
            "Ce guide des cols, c’est de la merde : vous n’avez jamais ma taille, espèces d’enculés.",
        ),
        (
            "oliver-j",
            "Franchement, les pires conseils de coupe que j’aie lus. Inutile, et je suis furieux : ma commande est encore arrivée en retard.",
        ),
        (
            "amara",
            "Remboursement réglé pour le client qui nous a écrit : carte 4111 1111 1111 1111, c’est bon.",
        ),
    ],
    report: "Hors sujet : ici on parle de chaussures, pas de cols.",
    confidential_terms: "Projet Kestrel\nStockPilot",
};
