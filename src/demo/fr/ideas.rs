//! The French demo ideas board: the English ideas adapted one for one (same authors,
//! statuses, moderator notes and voters, the same merged duplicate and waiting ideas).

use crate::demo::ideas::{Board, DemoIdea};

/// The French board.
pub static FRENCH: Board = Board {
    ideas: IDEAS,
    duplicate: (
        "Chemises et coupe",
        "Des cols en demi-tailles, ce serait top",
        "Comme l’idée des demi-tailles, en fait.",
    ),
    waiting: &[
        ("sam_k", "Un abonnement « cravate du mois »", 30),
        ("tom", "Recycler les vieilles chemises en pochettes", 3),
    ],
};

const IDEAS: &[DemoIdea] = &[
    (
        "tom",
        "Chemises et coupe",
        "Proposer des chemises en demi-tailles de col",
        "Entre le 40 et le 41, rien ne tombe vraiment juste.",
        40,
        &[
            (
                "under-review",
                "Nous chiffrons ces tailles supplémentaires avec notre atelier.",
            ),
            ("planned", "Prévu avec la collection de printemps."),
        ],
        &["sam_k", "oliver-j", "eleanor"],
    ),
    (
        "sam_k",
        "Costumes",
        "Ourlets offerts sur tous les pantalons",
        "La plupart d’entre nous en ont besoin de toute façon.",
        35,
        &[
            ("under-review", ""),
            (
                "in-progress",
                "En test dans notre boutique phare ce mois-ci.",
            ),
        ],
        &["tom", "oliver-j"],
    ),
    (
        "oliver-j",
        "Entretien",
        "Un service de réparation pour les cols et poignets usés",
        "Je préfère réparer plutôt que remplacer.",
        60,
        &[
            ("under-review", ""),
            ("planned", ""),
            ("in-progress", ""),
            (
                "done",
                "Le retournement des cols et des poignets est désormais proposé dans toutes nos boutiques.",
            ),
        ],
        &["tom", "sam_k"],
    ),
    (
        "tom",
        "",
        "Des cartes cadeaux du montant de son choix",
        "",
        20,
        &[(
            "declined",
            "Pour des raisons comptables, nos cartes cadeaux existent en montants fixes (25, 50 et 100 €), désolés.",
        )],
        &["oliver-j"],
    ),
    (
        "sam_k",
        "Chemises et coupe",
        "Indiquer le grammage du tissu sur chaque fiche produit",
        "En grammes par mètre carré, s’il vous plaît.",
        10,
        &[("under-review", "")],
        &["tom"],
    ),
    (
        "oliver-j",
        "",
        "Une nocturne le jeudi",
        "Après le travail, c’est le seul moment où je peux faire mes achats.",
        6,
        &[],
        &["sam_k", "tom"],
    ),
];
