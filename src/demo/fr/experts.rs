//! The French demo « Nos experts »: the English areas, experts and questions adapted one
//! for one (same askers, same answers in the same order, the same accepted answers), with
//! collar sizes in centimetres.

use crate::demo::experts::{DemoArea, DemoExpert, DemoQuestion, Desk};

/// The French desk.
pub static FRENCH: Desk = Desk {
    areas: AREAS,
    experts: EXPERTS,
    questions: QUESTIONS,
};

const AREAS: &[DemoArea] = &[
    (
        "Chemises et coupe",
        "Tailles de col, longueurs de manche, coupes et tissus des chemises.",
    ),
    (
        "Costumes",
        "Coupes, tissus, retouches, et quel costume pour quelle occasion.",
    ),
    ("Chaussures", "Formes, cuirs, pointures et ressemelage."),
    ("Entretien", "Lavage, repassage, rangement et réparations."),
    (
        "Occasions",
        "Mariages, entretiens d’embauche, soirées habillées et tout ce qui se trouve entre les deux.",
    ),
];

const EXPERTS: &[DemoExpert] = &[
    (
        "eleanor",
        &["Chemises et coupe", "Entretien"],
        "Responsable de la chemiserie. Vingt ans à mesurer des cols, et un faible pour l’oxford.",
    ),
    (
        "marcus",
        &["Costumes", "Chaussures", "Occasions"],
        "Tailleur dans notre boutique phare. Posez-lui toutes vos questions sur les épaules d’un costume.",
    ),
];

const QUESTIONS: &[DemoQuestion] = &[
    (
        "tom",
        "Chemises et coupe",
        "Quelle taille de col commander si je suis entre le 40 et le 41 ?",
        "Mon tour de cou fait 39,5 cm. Le 40 serre quand il est boutonné, le 41 bâille un peu.",
        120,
        &[
            (
                "eleanor",
                "Prenez le 41 en coupe **ajustée**. Nos cols sont coupés avec 1,5 cm d’aisance : avec 39,5 cm de tour de cou, vous êtes entre deux tailles, et la coupe ajustée évite que la chemise ait l’air trop grande.",
            ),
            (
                "marcus",
                "J’ajouterais une chose : si vous portez une cravate presque tous les jours, prenez le 41. Un col boutonné sous une cravate demande un doigt d’aisance ; col ouvert, le 40 en coupe ajustée sera plus net.",
            ),
            (
                "sam_k",
                "J’avais le même problème, c’est le 41 en coupe ajustée qui m’allait.",
            ),
            (
                "oliver-j",
                "Mesure-toi aussi le soir : mon tour de cou faisait presque un centimètre de plus que le matin.",
            ),
        ],
        Some(0),
    ),
    (
        "sam_k",
        "Costumes",
        "Peut-on porter un costume deux-pièces à une soirée smoking ?",
        "L’invitation précise « smoking facultatif ».",
        96,
        &[(
            "marcus",
            "Pour un *smoking facultatif*, un costume bleu nuit ou anthracite avec une chemise blanche et une cravate en soie noire est tout à fait correct. Évitez les chaussures marron.",
        )],
        Some(0),
    ),
    (
        "oliver-j",
        "Chaussures",
        "Tous les combien faut-il ressemeler des chaussures cousues Goodyear ?",
        "Je les porte trois fois par semaine.",
        80,
        &[(
            "marcus",
            "Quand la semelle s’amincit sous l’avant du pied : appuyez avec le pouce pour vérifier. À raison de trois jours par semaine, c’est en général tous les 18 à 24 mois.",
        )],
        None,
    ),
    (
        "tom",
        "Entretien",
        "Est-ce que je peux laver un pull en mérinos en machine ?",
        "",
        60,
        &[
            (
                "eleanor",
                "Oui, en programme laine à 30 °C, avec une lessive spéciale laine. Faites-le sécher à plat.",
            ),
            (
                "oliver-j",
                "J’utilise aussi un filet de lavage, ça limite les bouloches.",
            ),
        ],
        Some(0),
    ),
    (
        "sam_k",
        "Occasions",
        "Que porter pour un mariage civil en journée, en plein hiver ?",
        "« Élégant mais pas trop habillé », dit l’invitation.",
        50,
        &[(
            "tom",
            "Un costume en flanelle, ça m’a très bien réussi l’an dernier.",
        )],
        None,
    ),
    (
        "oliver-j",
        "Chemises et coupe",
        "Vos chemises rétrécissent-elles au premier lavage ?",
        "",
        30,
        &[(
            "eleanor",
            "Nos chemises en coton sont prélavées : elles rétrécissent de moins de 1 %. Lavez-les à 40 °C et évitez le sèche-linge.",
        )],
        None,
    ),
    (
        "tom",
        "Costumes",
        "Est-ce que ça vaut le coup de faire reprendre la taille d’une veste de prêt-à-porter ?",
        "Elle tombe bien aux épaules mais elle flotte à la taille.",
        26,
        &[],
        None,
    ),
    (
        "sam_k",
        "Chaussures",
        "Richelieus fleuris marron ou noirs avec un costume bleu marine ?",
        "",
        20,
        &[],
        None,
    ),
    (
        "oliver-j",
        "Entretien",
        "Comment enlever une tache de vin rouge sur une chemise en lin ?",
        "C’est arrivé hier soir.",
        5,
        &[],
        None,
    ),
    (
        "tom",
        "Occasions",
        "« Chic décontracté » pour un dîner d’entreprise, ça veut dire quoi ?",
        "",
        2,
        &[],
        None,
    ),
];
