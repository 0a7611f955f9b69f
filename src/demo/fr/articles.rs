//! The French demo blog: the English articles adapted one for one (same authors, dates,
//! covers and comment threads), with French tags.

use crate::demo::articles::{ARTICLES as ENGLISH, Blog, DemoArticle, DemoComment};

/// The French blog.
pub static FRENCH: Blog = Blog {
    articles: ARTICLES,
    comments: COMMENTS,
};

/// Each article photographs the same cloth as its English original.
const ARTICLES: &[DemoArticle] = &[
    DemoArticle {
        author: "eleanor",
        title: "Bien choisir sa chemise : les cinq points à vérifier",
        tags: "chemises, coupe",
        days_ago: Some(2),
        cloth: ENGLISH[0].cloth,
        alt: "Gros plan sur le devant d’une chemise oxford bleu ciel, ses boutons blancs le long de la patte",
        body: "La plupart des hésitations en cabine d’essayage se jouent à cinq endroits. Vérifiez-les dans cet ordre et vous saurez en une minute si la chemise est faite pour vous.\n\n## Le col\n\nCol boutonné, vous devez pouvoir glisser deux doigts entre le col et le cou. Avec un seul doigt, c’est trop serré pour une journée au bureau ; avec trois, le col s’affaissera sous la cravate.\n\n## Les épaules\n\nLa couture doit tomber au bord de l’épaule. Si elle glisse sur le bras, la chemise est trop grande d’une taille, quoi qu’en dise l’étiquette du col.\n\n## Poitrine et taille\n\nPincez le tissu au niveau de la poitrine : 5 à 8 cm d’aisance, c’est une coupe près du corps ; 10 cm ou plus, une coupe classique. Notre coupe slim est cintrée à la taille : essayez-la rentrée dans le pantalon avant de vous décider.\n\n## Les manches\n\nBras le long du corps, le poignet doit arriver à la base du pouce, pour dépasser légèrement de la veste.\n\n## La longueur\n\nLa chemise doit rester rentrée quand vous levez les bras. Si vous la portez par-dessus le pantalon, elle doit s’arrêter à mi-braguette.\n\n| Coupe | Aisance à la poitrine | Idéale pour |\n|---|---|---|\n| Slim | 5–8 cm | costumes, silhouettes minces |\n| Ajustée | 8–10 cm | la plupart des morphologies |\n| Classique | 10 cm et plus | confort, carrures larges |\n\nToujours un doute ? Posez la question à **Nos experts** en indiquant votre tour de cou et votre taille.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Oxford, popeline ou sergé ? Bien choisir le tissu de sa chemise",
        tags: "chemises, tissus",
        days_ago: Some(6),
        cloth: ENGLISH[1].cloth,
        alt: "Sergé de chemise crème vu de près, ses fines côtes en diagonale qui accrochent la lumière",
        body: "Trois tissus couvrent presque toutes les chemises que nous vendons. Ce qui les distingue, c’est le tissage : c’est lui qui décide si une chemise sera habillée, chaude ou prompte à se froisser.\n\n- **La popeline** est lisse et fine : le choix naturel sous un costume.\n- **L’oxford** montre un tissage natté bien visible ; plus épais et plus doux, il est fait pour le week-end et les cols boutonnés.\n- **Le sergé** dessine de fines diagonales, tombe bien et se froisse peu : il voyage mieux que les deux autres.\n\nSi vous voulez repasser le moins possible, choisissez le sergé. Si votre bureau est surchauffé, choisissez la popeline.[^1]\n\n[^1]: Notre popeline double retors est tissée en fils doublés, ce qui la rend plus solide sans l’alourdir.",
    },
    DemoArticle {
        author: "amara",
        title: "Entretenir un costume en laine entre deux passages au pressing",
        tags: "entretien, costumes",
        days_ago: Some(9),
        cloth: ENGLISH[2].cloth,
        alt: "Laine à chevrons anthracite et pierre, pliée en souplesse",
        body: "Le nettoyage à sec fatigue la laine. Deux passages au pressing par saison suffisent largement si vous prenez soin de votre costume entre deux journées de port.\n\n1. Suspendez-le sur un cintre épaulé dès que vous l’enlevez, veste déboutonnée.\n2. Brossez-le avec une brosse à vêtements, de haut en bas, pour chasser la poussière avant qu’elle ne s’incruste dans le tissu.\n3. Laissez-le reposer une journée : la laine reprend sa forme pendant la nuit.\n4. Défroissez-le à la vapeur plutôt qu’au fer ; un fer trop chaud fait briller la laine.\n\nLes taches font exception : tamponnez sans jamais frotter, et apportez-nous le costume si la tache n’est pas partie le lendemain.",
    },
    DemoArticle {
        author: "amara",
        title: "Que porter à un mariage en été",
        tags: "occasions, costumes",
        days_ago: Some(12),
        cloth: ENGLISH[3].cloth,
        alt: "Lin vert sauge à fils crème, aux fils irréguliers et aux plis souples",
        body: "Le faire-part indique *tenue élégante* et la météo annonce 28 °C. Voici comment être impeccable sans souffrir de la chaleur.\n\n## D’abord, le tissu\n\nChoisissez du lin ou un mélange lin et laine, en demi-doublure. Il respire, et ses plis auront l’air voulus en fin de soirée.\n\n## La couleur\n\nGris clair, beige pierre et bleu doux conviennent tous en journée. Gardez le noir pour le soir, et ne faites jamais d’ombre au marié.\n\n## Chemise et cravate\n\nUne chemise en popeline blanche ou bleu ciel, et une cravate en laine et soie ou en soie tricotée. La pochette est facultative, mais choisissez-la différente de la cravate.\n\n## Les chaussures\n\nDes mocassins ou des derbies en daim marron. Gardez le cuir verni pour le smoking.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Dans les coulisses : une semaine dans notre atelier de chemises",
        tags: "coulisses, chemises",
        days_ago: Some(15),
        cloth: ENGLISH[4].cloth,
        alt: "Le devant d’une chemise en vichy marron et sable, aux boutons clairs",
        body: "Chaque chemise que nous vendons passe entre quarante-deux paires de mains. J’ai passé une semaine à l’atelier pour les voir à l’ouvrage.\n\nLe lundi, c’est la coupe : vingt épaisseurs de tissu, une seule lame, et un patron qui fait se raccorder les rayures sur l’empiècement. Le mardi, ce sont les cols : thermocollés, retournés et surpiqués à 7 points au centimètre. Le vendredi, les chemises sont boutonnées, repassées et contrôlées selon les cinq points dont nous parlions sur ce blog.\n\nNous avons filmé une partie de la semaine :\n\nhttps://www.youtube.com/watch?v=aqz-KE-bpKQ\n\nLa vidéo ne se charge depuis YouTube que si vous choisissez de la lancer.",
    },
    DemoArticle {
        author: "amara",
        title: "Cirer ses chaussures en cuir en dix minutes",
        tags: "entretien, chaussures",
        days_ago: Some(18),
        cloth: ENGLISH[5].cloth,
        alt: "Gros plan sur un sergé cavalry fauve, ses côtes diagonales profondes en deux tons de brun",
        body: "Il vous faut une brosse en crin de cheval, un chiffon, du cirage en crème et de la cire.\n\n1. Brossez la saleté, surtout au niveau de la trépointe.\n2. Faites pénétrer la crème par petits cercles ; laissez sécher cinq minutes.\n3. Brossez jusqu’à obtenir un léger lustre.\n4. Pour faire briller la pointe, appliquez de fines couches de cire avec un chiffon humide.\n\nLa crème nourrit le cuir, la cire le protège et le fait briller. Utilisez les deux, dans cet ordre, une fois par mois.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Tailles des pulls : pourquoi le vôtre a rétréci",
        tags: "maille, entretien, coupe",
        days_ago: Some(21),
        cloth: ENGLISH[6].cloth,
        alt: "Laine tricotée bordeaux, des rangs de mailles en V traversés d’une rayure rose poudré",
        body: "La laine rétrécit quand la chaleur, l’eau et le frottement se rencontrent. Supprimez l’un des trois, et elle ne bougera pas.\n\nLavez à la main ou en programme laine à 30 °C, jamais de sèche-linge, et faites sécher à plat sur une serviette. Si un pull a déjà un peu rétréci, laissez-le tremper une demi-heure dans de l’eau tiède additionnée d’après-shampooing, puis redonnez-lui doucement sa forme.\n\nÀ l’achat, sachez que la laine d’agneau se détend légèrement au fil des ports, alors que les mailles de coton gardent leur taille.",
    },
    DemoArticle {
        author: "amara",
        title: "La tenue d’entretien d’embauche qui passe presque partout",
        tags: "occasions, costumes",
        days_ago: Some(25),
        cloth: ENGLISH[7].cloth,
        alt: "Sergé de laine peignée bleu marine profond, son tissage à peine visible dans les plis",
        body: "Un costume bleu marine, une chemise blanche, une cravate sombre unie et des chaussures noires ou marron foncé. C’est tout.\n\nCette tenue fonctionne parce qu’elle dit *j’ai pris ce rendez-vous au sérieux*, et rien d’autre. Si l’entreprise est décontractée, retirez la cravate et gardez le reste. Vérifiez que les manches de la veste laissent voir un centimètre de poignet de chemise et que le pantalon casse une fois sur la chaussure.\n\nBonne chance ! Et racontez-nous comment ça s’est passé en commentaire.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Col boutonné ou col italien ? Le guide des cols",
        tags: "chemises",
        days_ago: Some(28),
        cloth: ENGLISH[8].cloth,
        alt: "Gros plan sur une chemise oxford blanche, des boutons de nacre sur la patte",
        body: "Le col encadre le visage : il mérite d’être choisi en connaissance de cause.\n\n- Le **col italien** accueille une cravate au nœud plus ample et équilibre un visage long.\n- Le **col boutonné** est sportif et garde sa tenue sans cravate.\n- Le **col requin** est le plus habillé des cols ouverts ; associez-le à un nœud Windsor.\n\nVisage rond ? Un col à pointes l’allonge. Cou long ? Un pied de col plus haut vous ira mieux.",
    },
    DemoArticle {
        author: "amara",
        title: "Le lin : aimer ses plis",
        tags: "tissus, entretien",
        days_ago: Some(33),
        cloth: ENGLISH[9].cloth,
        alt: "Lin couleur avoine, ses fils flammés lâchement croisés",
        body: "Le lin se froisse. C’est tout l’intérêt : c’est ainsi que la fibre reste fraîche. Lavez-le à 40 °C, suspendez-le dès la sortie de la machine et repassez-le encore humide si vous le voulez impeccable pendant une heure.\n\nPour moins de plis, choisissez un lin mélangé à du coton ou à de la laine.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Notre collection d’automne en avant-première",
        tags: "coulisses",
        days_ago: Some(-3),
        cloth: ENGLISH[10].cloth,
        alt: "Un sergé écossais rouille et olive, rehaussé d’un fin surcarreau jaune",
        body: "Flanelle, velours côtelé et un nouveau carreau en coton gratté. Cet article se publiera tout seul le jour du lancement.",
    },
    DemoArticle {
        author: "amara",
        title: "Brouillon : le guide du smoking",
        tags: "occasions",
        days_ago: None,
        cloth: ENGLISH[11].cloth,
        alt: "Chevrons noirs et graphite, le tissu d’un costume de soirée",
        body: "Notes pour l’instant : veste de smoking, revers en pointe ou châle, parements de soie ; chemise blanche à plastron en piqué ; nœud papillon en soie noire, à nouer soi-même.",
    },
];

/// The same threads as the English comments: article index, commenter, reply-to, text.
const COMMENTS: &[DemoComment] = &[
    (
        0,
        "tom",
        None,
        "Le test des deux doigts est génial. En fait, je porte une taille de col trop petite depuis des années.",
    ),
    (
        0,
        "sam_k",
        None,
        "Que conseilleriez-vous à quelqu’un qui fait du 43 de tour de cou mais qui est plutôt mince ?",
    ),
    (
        0,
        "eleanor",
        Some(1),
        "Essayez notre coupe ajustée en 43 : le col suit votre tour de cou et le corps est coupé plus près. Si les manches sont trop longues, nous les raccourcissons gratuitement en boutique.",
    ),
    (
        0,
        "oliver-j",
        Some(1),
        "Même souci pour moi : prends la coupe ajustée, ça a tout réglé.",
    ),
    (
        2,
        "oliver-j",
        None,
        "Laisser reposer le costume une journée, ça marche vraiment. Le mien tient beaucoup plus longtemps maintenant.",
    ),
    (
        3,
        "tom",
        None,
        "Lin et laine en demi-doublure, c’était le bon choix : j’ai survécu à une journée à 30 degrés avec.",
    ),
    (
        3,
        "amara",
        Some(5),
        "Ravie de l’apprendre ! Merci d’être revenu nous le dire.",
    ),
    (
        5,
        "sam_k",
        None,
        "Quel cirage recommandez-vous pour des chaussures bordeaux ?",
    ),
];
