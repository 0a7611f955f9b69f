//! The demo community in French, item for item with the English (same accounts, same
//! shapes of threads, ideas and moderation queue), written as a French menswear retailer's
//! community would write it: staff say « vous », members may « tutoyer » each other,
//! collar sizes in centimetres, prices in euros.

pub(super) mod articles;
pub(super) mod experts;
pub(super) mod ideas;
pub(super) mod moderation;
