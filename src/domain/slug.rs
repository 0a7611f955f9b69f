//! URL slugs and heading anchors: lower-case ASCII words joined by hyphens, made the
//! same way for articles, questions, ideas, areas, tags and headings.

/// Lower-case ASCII words joined by hyphens (used for anchors and URL slugs).
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 80 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "section".to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_are_ascii_words() {
        assert_eq!(
            slugify("How to Tie a Windsor — Café Edition!"),
            "how-to-tie-a-windsor-cafe-edition"
        );
        assert_eq!(slugify("!!!"), "section");
    }
}
