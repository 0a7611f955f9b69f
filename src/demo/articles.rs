//! The demo blog: a dozen articles by the retailer's staff, with covers drawn here (no
//! downloads; see [`super::cloth`]) and comments from members. The French blog
//! (`super::fr::articles`) uses the same types, item for item.

use super::cloth::{Cloth, Weave};

/// One demo article: author, title, tags, days ago (negative: scheduled; None: draft), body.
pub struct DemoArticle {
    pub author: &'static str,
    pub title: &'static str,
    pub tags: &'static str,
    pub days_ago: Option<i64>,
    /// The cloth its cover photographs.
    pub cloth: Cloth,
    pub alt: &'static str,
    pub body: &'static str,
}

pub const ARTICLES: &[DemoArticle] = &[
    DemoArticle {
        author: "eleanor",
        title: "How a shirt should fit: the five-point check",
        tags: "shirts, fit",
        days_ago: Some(2),
        cloth: Cloth {
            weave: Weave::Oxford,
            colours: ([150, 178, 214], [244, 244, 240]),
            buttons: true,
        },
        alt: "A close-up of a pale blue oxford shirt front, its white buttons down the placket",
        body: "Most fitting-room doubts come down to five places. Check them in this order and you will know within a minute whether a shirt is yours.\n\n## Collar\n\nDone up, you should slide two fingers between collar and neck. One finger is too tight for a day at a desk; three and the collar will sag under a tie.\n\n## Shoulders\n\nThe seam sits on the edge of your shoulder bone. If it falls down your arm the shirt is a size too big, whatever the collar says.\n\n## Chest and waist\n\nPull the fabric out at the chest: about 5–8 cm spare is a tailored fit, 10 cm or more is classic. Our slim fit tapers at the waist; try it tucked in before you decide.\n\n## Sleeves\n\nWith arms at your sides the cuff should reach the base of your thumb, so a little shows below a jacket.\n\n## Length\n\nIt should stay tucked when you reach up. If you wear it untucked, it should end mid-fly.\n\n| Fit | Chest ease | Best for |\n|---|---|---|\n| Slim | 5–8 cm | suits, slim builds |\n| Tailored | 8–10 cm | most people |\n| Classic | 10 cm + | comfort, broader builds |\n\nStill unsure? Ask our experts in **Ask the Experts** and tell them your collar size and height.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Oxford, poplin or twill? Choosing shirt cloth",
        tags: "shirts, fabrics",
        days_ago: Some(6),
        cloth: Cloth {
            weave: Weave::Twill,
            colours: ([236, 232, 222], [120, 140, 170]),
            buttons: false,
        },
        alt: "Cream shirting twill seen close, its fine diagonal ribs catching the light",
        body: "Three cloths cover almost every shirt we sell. The difference is in the weave, and it decides how formal, warm and crease-prone a shirt will be.\n\n- **Poplin** is smooth and fine, the natural choice under a suit.\n- **Oxford** has a visible basket weave; it is thicker, softer and made for weekends and button-down collars.\n- **Twill** shows fine diagonal lines, drapes well and resists creasing, so it travels better than either.\n\nIf you iron as little as possible, choose twill. If the office is warm, choose poplin.[^1]\n\n[^1]: Our two-fold poplin is woven from doubled yarns, which makes it stronger without making it heavier.",
    },
    DemoArticle {
        author: "amara",
        title: "Caring for wool suits between dry cleans",
        tags: "care, suits",
        days_ago: Some(9),
        cloth: Cloth {
            weave: Weave::Herringbone,
            colours: ([70, 70, 74], [150, 140, 120]),
            buttons: false,
        },
        alt: "Charcoal and stone herringbone wool, folded softly",
        body: "Dry cleaning is hard on wool. Twice a season is plenty if you look after a suit between wears.\n\n1. Hang it on a shaped hanger as soon as you take it off, jacket buttons undone.\n2. Brush it with a clothes brush, downwards, to lift dust before it settles into the cloth.\n3. Rest it for a day: wool recovers its shape overnight.\n4. Steam out creases rather than pressing them; a hot iron makes wool shine.\n\nSpills are the exception: blot, never rub, and bring it in to us if it has not lifted by the next day.",
    },
    DemoArticle {
        author: "amara",
        title: "What to wear to a summer wedding",
        tags: "occasions, suits",
        days_ago: Some(12),
        cloth: Cloth {
            weave: Weave::Linen,
            colours: ([186, 206, 178], [240, 234, 218]),
            buttons: false,
        },
        alt: "Sage green linen with cream threads, uneven yarns and soft creases",
        body: "The invitation says *smart* and the forecast says 28 °C. Here is how to look right and stay comfortable.\n\n## Cloth first\n\nChoose linen or a linen-wool blend, half-lined. It breathes, and its creases look intentional by the evening.\n\n## Colour\n\nLight grey, stone and soft blue all work in daylight. Leave black for the evening and never outshine the groom.\n\n## Shirt and tie\n\nA white or pale blue poplin shirt, and a tie in wool-silk or knitted silk. Pocket square optional, but make it differ from the tie.\n\n## Shoes\n\nBrown suede loafers or derbies. Save the patent leather for black tie.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Behind the scenes: a week at our shirt workshop",
        tags: "behind-the-scenes, shirts",
        days_ago: Some(15),
        cloth: Cloth {
            weave: Weave::Gingham,
            colours: ([139, 75, 20], [242, 226, 200]),
            buttons: true,
        },
        alt: "A brown and sand gingham shirt front with pale buttons",
        body: "Every shirt we sell passes through forty-two pairs of hands. I spent a week at the workshop to see them at work.\n\nMonday is cutting: twenty layers of cloth, one blade, and a pattern that matches the stripes across the yoke. Tuesday is collars, which are fused, turned and top-stitched at 7 stitches a centimetre. By Friday the shirts are buttoned, pressed and checked against the five-point fit you read about on this blog.\n\nWe filmed part of the week:\n\nhttps://www.youtube.com/watch?v=aqz-KE-bpKQ\n\nThe video loads from YouTube only if you choose to play it.",
    },
    DemoArticle {
        author: "amara",
        title: "Polishing leather shoes in ten minutes",
        tags: "care, shoes",
        days_ago: Some(18),
        cloth: Cloth {
            weave: Weave::Twill,
            colours: ([96, 56, 32], [170, 120, 76]),
            buttons: false,
        },
        alt: "Tan cavalry twill in close-up, its deep diagonal ribs in two browns",
        body: "You need a horsehair brush, a cloth, cream polish and wax polish.\n\n1. Brush off the dirt, especially from the welt.\n2. Rub in cream polish in small circles; let it dry for five minutes.\n3. Brush it to a soft glow.\n4. For a shine on the toe, add thin layers of wax with a damp cloth.\n\nCream feeds the leather, wax protects and shines it. Use both, in that order, once a month.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Knitwear sizing: why your jumper shrank",
        tags: "knitwear, care, fit",
        days_ago: Some(21),
        cloth: Cloth {
            weave: Weave::Knit,
            colours: ([128, 34, 46], [226, 196, 186]),
            buttons: false,
        },
        alt: "Burgundy knitted wool, rows of V stitches with a blush stripe",
        body: "Wool shrinks when heat, water and agitation meet. Take away any one of the three and it will not.\n\nWash by hand or on the wool cycle at 30 °C, never tumble dry, and dry it flat on a towel. If a jumper has already shrunk a little, soak it in lukewarm water with hair conditioner for half an hour, then ease it back into shape.\n\nWhen buying, remember that lambswool relaxes slightly with wear, while cotton knits keep their size.",
    },
    DemoArticle {
        author: "amara",
        title: "The interview outfit that works almost everywhere",
        tags: "occasions, suits",
        days_ago: Some(25),
        cloth: Cloth {
            weave: Weave::Twill,
            colours: ([30, 42, 72], [52, 60, 84]),
            buttons: false,
        },
        alt: "Deep navy worsted twill, its weave just visible in the folds",
        body: "A navy suit, a white shirt, a plain dark tie and black or dark brown shoes. That's it.\n\nIt works because it says *I took this seriously* without saying anything else. If the company is casual, drop the tie and keep the rest. Make sure the jacket sleeves show a centimetre of cuff and the trousers break once on the shoe.\n\nGood luck — and tell us how it went in the comments.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Button-down or spread? A collar guide",
        tags: "shirts",
        days_ago: Some(28),
        cloth: Cloth {
            weave: Weave::Oxford,
            colours: ([236, 236, 242], [170, 184, 210]),
            buttons: true,
        },
        alt: "A white oxford shirt in close-up, mother-of-pearl buttons on the placket",
        body: "A collar frames the face, so it's worth choosing on purpose.\n\n- **Spread** collars suit a tie with a fuller knot and balance a long face.\n- **Button-down** collars are sporty and hold their shape without a tie.\n- **Cutaway** collars are the most formal of the open collars; pair them with a Windsor knot.\n\nRound face? A point collar adds length. Long neck? A taller collar band helps.",
    },
    DemoArticle {
        author: "amara",
        title: "Linen: loving the creases",
        tags: "fabrics, care",
        days_ago: Some(33),
        cloth: Cloth {
            weave: Weave::Linen,
            colours: ([222, 212, 186], [176, 164, 132]),
            buttons: false,
        },
        alt: "Oatmeal linen, its slubbed threads crossing loosely",
        body: "Linen creases. That's the point: it's the fibre's way of staying cool. Wash at 40 °C, hang it straight from the machine, and iron it while still damp if you want it crisp for an hour.\n\nFor fewer creases, look for linen blended with cotton or wool.",
    },
    DemoArticle {
        author: "eleanor",
        title: "Our autumn collection: first look",
        tags: "behind-the-scenes",
        days_ago: Some(-3),
        cloth: Cloth {
            weave: Weave::Tartan,
            colours: ([150, 80, 30], [60, 74, 50]),
            buttons: false,
        },
        alt: "A rust and olive tartan twill with a fine yellow overcheck",
        body: "Flannel, corduroy and a new brushed-cotton check. This article publishes itself on launch day.",
    },
    DemoArticle {
        author: "amara",
        title: "Draft: a guide to black tie",
        tags: "occasions",
        days_ago: None,
        cloth: Cloth {
            weave: Weave::Herringbone,
            colours: ([28, 28, 32], [62, 62, 68]),
            buttons: false,
        },
        alt: "Black and graphite herringbone, the cloth of an evening suit",
        body: "Notes so far: dinner jacket, peak or shawl lapel, silk facings; white marcella shirt; black silk bow tie you tie yourself.",
    },
];

/// A demo comment: article index, commenter, reply-to (index into the same list), text.
pub type DemoComment = (usize, &'static str, Option<usize>, &'static str);

/// The demo blog in one language.
pub struct Blog {
    pub articles: &'static [DemoArticle],
    pub comments: &'static [DemoComment],
}

/// The English blog.
pub static ENGLISH: Blog = Blog {
    articles: ARTICLES,
    comments: COMMENTS,
};

/// Demo comments: article index, commenter, reply-to (index into this list), text.
pub const COMMENTS: &[DemoComment] = &[
    (
        0,
        "tom",
        None,
        "The two-finger collar test is brilliant. Turns out I've been wearing a size too small for years.",
    ),
    (
        0,
        "sam_k",
        None,
        "What would you suggest for someone with a 17\" neck but a slim build?",
    ),
    (
        0,
        "eleanor",
        Some(1),
        "Try our tailored fit in 17: the collar follows the neck size and the body is cut closer. If the sleeves are long, we shorten them free in store.",
    ),
    (
        0,
        "oliver-j",
        Some(1),
        "Same problem here, tailored fit sorted it.",
    ),
    (
        2,
        "oliver-j",
        None,
        "Resting the suit for a day really works. Mine lasts much longer now.",
    ),
    (
        3,
        "tom",
        None,
        "Linen-wool half-lined was the right call, I survived a 30 degree day in it.",
    ),
    (
        3,
        "amara",
        Some(5),
        "Glad to hear it! Thanks for coming back to tell us.",
    ),
    (
        5,
        "sam_k",
        None,
        "Is there a polish you'd recommend for burgundy shoes?",
    ),
];
