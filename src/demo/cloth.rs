//! The demo articles' covers: close-up photographs of cloth, drawn here so that the demo
//! downloads nothing.
//!
//! Each pixel is worked out the way light falls on woven yarn: which thread lies on top at
//! that point (the weave), the round shading across a thread and its dip where it passes
//! under the next, threads and stitches that vary a little in colour, fibre grain, and the
//! cloth lying in soft folds under a light from the upper left with the lens darkening
//! towards the corners. Shirtings get a placket with stitching and buttons, so that the
//! picture reads as clothes and not only cloth. Everything comes from the pixel's position
//! and a seed (no state, no randomness), so a cover is the same on every run.

use image::{ImageEncoder, Rgb, RgbImage};

/// Cover size: the proportions link previews use.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// How the threads cross.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weave {
    /// Over one, under one, with uneven slubbed yarn.
    Linen,
    /// Pairs of warp threads over one weft: a shirting's basket weave.
    Oxford,
    /// Over two, under two, stepping one thread a row: diagonal ribs.
    Twill,
    /// Twill whose diagonal turns every few threads: the suiting's zigzag.
    Herringbone,
    /// Twill in crossing bands of colour.
    Tartan,
    /// Plain weave in bands of two colours both ways: a check.
    Gingham,
    /// Knitted, not woven: columns of V-shaped stitches.
    Knit,
}

/// A cloth to photograph: its weave, its two colours (the warp's and the weft's, or the
/// ground's and the pattern's), and whether it is a shirt front with buttons.
#[derive(Debug, Clone, Copy)]
pub struct Cloth {
    pub weave: Weave,
    pub colours: ([u8; 3], [u8; 3]),
    pub buttons: bool,
}

/// The cover as a PNG.
pub fn photograph(cloth: &Cloth, seed: u32) -> Vec<u8> {
    let image = RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        let colour = shade(cloth, seed, x as f32, y as f32);
        Rgb(colour.map(|c| c.clamp(0.0, 255.0) as u8))
    });
    // A lens does not resolve single pixels: a little softness, which also keeps the
    // pictures small once encoded.
    let image = image::imageops::blur(&image, 0.9);
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            image.as_raw(),
            WIDTH,
            HEIGHT,
            image::ExtendedColorType::Rgb8,
        )
        .map(|_| out)
        .unwrap_or_default()
}

/// The colour of one pixel.
fn shade(cloth: &Cloth, seed: u32, x: f32, y: f32) -> [f32; 3] {
    let s = seed as f32;
    // The cloth lies in soft folds: the weave is pushed about a little, and the light on
    // each fold depends on which way it faces.
    let fold = ((x * 0.55 + y) / 190.0 + s).sin() + 0.5 * ((x - y * 0.3) / 97.0 + s * 1.7).sin();
    let (wx, wy) = (x + 9.0 * fold, y + 5.0 * (x / 230.0 + s).cos());
    let light = 0.82 + 0.18 * fold.clamp(-1.2, 1.2) / 1.2;

    let placket = cloth.buttons && (wx - placket_centre(seed)).abs() < PLACKET_HALF;
    let mut colour = if placket {
        // The placket: the same cloth, folded double, so a touch lighter and a step
        // closer to the light; its threads run the other way.
        let mut c = weave_colour(cloth, seed, wy, wx);
        c = c.map(|v| v * 1.06);
        c
    } else {
        weave_colour(cloth, seed, wx, wy)
    };
    if cloth.buttons {
        colour = placket_details(colour, seed, wx, wy);
    }

    // Fibre grain, the lens's fall-off towards the corners, and the light.
    let grain = 1.0 + 0.015 * (noise(x as i32, y as i32, seed) - 0.5);
    let (dx, dy) = (x / WIDTH as f32 - 0.45, y / HEIGHT as f32 - 0.4);
    let vignette = 1.0 - 0.45 * (dx * dx + dy * dy);
    colour.map(|c| c * grain * vignette * light)
}

/// The colour of the woven (or knitted) surface at `(x, y)`, before light and lens.
fn weave_colour(cloth: &Cloth, seed: u32, x: f32, y: f32) -> [f32; 3] {
    let (a, b) = (
        cloth.colours.0.map(f32::from),
        cloth.colours.1.map(f32::from),
    );
    if cloth.weave == Weave::Knit {
        return knit(a, b, seed, x, y);
    }
    // Thread spacing in pixels: a close-up, where single yarns can be seen; a shirt front
    // is seen from further away, so its yarns are finer beside the buttons.
    let pitch = match cloth.weave {
        Weave::Linen => 11.0,
        Weave::Oxford => 8.0,
        Weave::Herringbone | Weave::Tartan => 9.0,
        _ => 7.0,
    } * if cloth.buttons { 0.45 } else { 1.0 };
    let (fi, fj) = (x / pitch, y / pitch);
    let (i, j) = (fi.floor() as i32, fj.floor() as i32);
    let (u, v) = (fi - fi.floor(), fj - fj.floor());
    let warp_on_top = match cloth.weave {
        Weave::Linen | Weave::Gingham => (i + j).rem_euclid(2) == 0,
        Weave::Oxford => (i.div_euclid(2) + j).rem_euclid(2) == 0,
        Weave::Twill | Weave::Tartan => (i + j).rem_euclid(4) < 2,
        Weave::Herringbone => {
            let k = if i.div_euclid(12).rem_euclid(2) == 0 {
                i + j
            } else {
                i - j
            };
            k.rem_euclid(4) < 2
        }
        Weave::Knit => false,
    };
    let (thread, across, along, base) = if warp_on_top {
        (i, u, v, thread_colour(cloth, a, b, i, true))
    } else {
        (j, v, u, thread_colour(cloth, a, b, j, false))
    };
    // Round across the yarn, with a dark gap at its edges; dipping where it goes under.
    let round = (std::f32::consts::PI * across).sin().max(0.0).sqrt();
    let dip = 0.88 + 0.12 * (std::f32::consts::PI * along).sin();
    // Each yarn a little lighter or darker; linen's slubs thicken and fade along it.
    let mut yarn = 0.94 + 0.12 * noise(thread, warp_on_top as i32, seed);
    if cloth.weave == Weave::Linen {
        let position = if warp_on_top { y } else { x };
        let slub = noise(thread, (position / 40.0) as i32, seed ^ 0x51ab);
        yarn *= 0.9 + 0.2 * slub;
    }
    // The sheen on the side of each yarn facing the light.
    let sheen = 0.1 * (1.0 - (across - 0.35).abs() * 3.0).max(0.0);
    base.map(|c| c * (0.5 + 0.5 * round) * dip * yarn + 255.0 * sheen * round)
}

/// A yarn's colour: warp in the first colour and weft in the second, or, for checks and
/// tartans, bands of colour in the same order both ways.
fn thread_colour(cloth: &Cloth, a: [f32; 3], b: [f32; 3], index: i32, warp: bool) -> [f32; 3] {
    match cloth.weave {
        Weave::Gingham => {
            if index.div_euclid(14).rem_euclid(2) == 0 {
                a
            } else {
                b
            }
        }
        Weave::Tartan => {
            // A sett: wide ground, a band of the second colour, a fine light overcheck.
            let dark = a.map(|c| c * 0.55);
            let line = [235.0, 215.0, 150.0];
            match index.rem_euclid(48) {
                0..=17 => a,
                18..=29 => b,
                30..=31 => line,
                32..=41 => dark,
                _ => b,
            }
        }
        _ if warp => a,
        _ => b,
    }
}

/// Stockinette: columns of V stitches, each leg a rounded yarn slanting in to the middle.
fn knit(a: [f32; 3], b: [f32; 3], seed: u32, x: f32, y: f32) -> [f32; 3] {
    const W: f32 = 22.0;
    const H: f32 = 18.0;
    let (column, row) = ((x / W).floor() as i32, (y / H).floor() as i32);
    let (lx, ly) = (x - column as f32 * W, y - row as f32 * H);
    let half = W / 2.0;
    let (px, right) = if lx < half {
        (lx, false)
    } else {
        (W - lx, true)
    };
    let centre = half * (0.3 + 0.55 * ly / H);
    let distance = ((px - centre) / (0.42 * half)).abs();
    let round = (1.0 - distance * distance).max(0.0).sqrt();
    // The right leg turns away from the light; rows overlap at their ends.
    let side = if right { 0.86 } else { 1.0 };
    let overlap = 0.75 + 0.25 * (std::f32::consts::PI * ly / H).sin();
    let stitch = 0.92 + 0.16 * noise(column, row, seed);
    // A few rows of the second colour, as a knitted stripe.
    let base = if row.rem_euclid(16) >= 13 { b } else { a };
    base.map(|c| c * (0.35 + 0.65 * round) * side * overlap * stitch)
}

const PLACKET_HALF: f32 = 42.0;

fn placket_centre(seed: u32) -> f32 {
    WIDTH as f32 * (0.58 + 0.08 * (seed % 3) as f32)
}

/// The placket's edges and stitching, and buttons down its middle, each with its shadow,
/// a rim and four holes.
fn placket_details(colour: [f32; 3], seed: u32, x: f32, y: f32) -> [f32; 3] {
    let centre = placket_centre(seed);
    let offset = x - centre;
    let mut c = colour;
    // The fold at each edge casts a thin shadow; stitching runs just inside.
    let edge = (offset.abs() - PLACKET_HALF).abs();
    if edge < 2.5 {
        c = c.map(|v| v * (0.55 + 0.18 * edge));
    }
    let stitch_line = (offset.abs() - (PLACKET_HALF - 7.0)).abs() < 1.2;
    if stitch_line && (y / 9.0).floor() as i32 % 2 == 0 {
        c = c.map(|v| v * 0.8 + 35.0);
    }
    // Buttons every 180 px.
    let spacing = 180.0;
    let by = (y / spacing).round() * spacing + 40.0 * (seed % 2) as f32;
    let (dx, dy) = (offset, y - by);
    let r = (dx * dx + dy * dy).sqrt();
    const RADIUS: f32 = 21.0;
    // The shadow, below and to the right.
    let (sx, sy) = (dx - 3.0, dy - 4.0);
    let shadow = (sx * sx + sy * sy).sqrt();
    if r >= RADIUS && shadow < RADIUS + 3.0 {
        let depth = 1.0 - ((RADIUS + 3.0 - shadow) / 6.0).clamp(0.0, 1.0) * 0.45;
        c = c.map(|v| v * depth);
    }
    if r < RADIUS {
        // Mother of pearl: pale, lit from the upper left, a darker rim and a dished middle.
        let lit = 1.0 - 0.25 * ((dx + dy) / RADIUS + 1.0) / 2.0;
        let rim = if r > RADIUS - 3.0 { 0.82 } else { 1.0 };
        let dish = if r < RADIUS - 6.0 { 0.93 } else { 1.0 };
        let pearl = [236.0, 232.0, 222.0];
        c = pearl.map(|v| v * lit * rim * dish);
        for (hx, hy) in [(-4.5, -4.5), (4.5, -4.5), (-4.5, 4.5), (4.5, 4.5)] {
            let (ex, ey) = (dx - hx, dy - hy);
            if ex * ex + ey * ey < 4.5 {
                c = [70.0, 66.0, 60.0];
            }
        }
    }
    c
}

/// A number from 0 to 1 fixed by `(a, b, seed)`: the demo's only source of variety.
fn noise(a: i32, b: i32, seed: u32) -> f32 {
    let mut h = (a as u32).wrapping_mul(0x9e37_79b1)
        ^ (b as u32).wrapping_mul(0x85eb_ca77)
        ^ seed.wrapping_mul(0xc2b2_ae3d);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2c1b_3c6d);
    h ^= h >> 12;
    h = h.wrapping_mul(0x297a_2d39);
    h ^= h >> 15;
    (h & 0xffff) as f32 / 65535.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cover_is_a_varied_picture_the_same_every_time() {
        let cloth = Cloth {
            weave: Weave::Herringbone,
            colours: ([60, 60, 64], [150, 140, 120]),
            buttons: true,
        };
        let png = photograph(&cloth, 3);
        assert_eq!(png, photograph(&cloth, 3));
        let picture = image::load_from_memory(&png).unwrap().to_rgb8();
        assert_eq!(picture.dimensions(), (WIDTH, HEIGHT));
        // Not a flat colour: many different shades, from dark shadow to light button.
        let lumas: Vec<u32> = picture
            .pixels()
            .map(|p| (u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2])) / 3)
            .collect();
        let (min, max) = (lumas.iter().min().unwrap(), lumas.iter().max().unwrap());
        assert!(max - min > 120, "{min}..{max}");
        let distinct: std::collections::HashSet<_> = lumas.iter().collect();
        assert!(distinct.len() > 100, "{}", distinct.len());
    }
}
