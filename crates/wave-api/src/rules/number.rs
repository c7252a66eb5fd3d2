//! The one decimal parser for what people type into number fields.

use super::Lang;

/// How [`parse_number`] reads one field: the range it accepts and whether it must be whole.
/// Build one with `NumberRule::new().more_than(0.0)`, or use a preset.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct NumberRule {
    pub min: Option<f64>,
    /// `min` itself is refused too ("more than 0" rather than "at least 0").
    pub min_exclusive: bool,
    /// Inclusive.
    pub max: Option<f64>,
    /// Only whole numbers (`14`, `14.0`, `1e3`).
    pub integer: bool,
}

impl NumberRule {
    /// A budget (campaign, total or one-off): more than 0.
    pub const BUDGET: NumberRule = NumberRule::new().more_than(0.0);
    /// A money amount that may be 0 (the wizard's buying-behaviour filters).
    pub const AMOUNT: NumberRule = NumberRule::new().at_least(0.0);
    /// A targeting age in whole years.
    pub const AGE: NumberRule = NumberRule::new().whole().at_least(0.0).at_most(120.0);
    /// The evaluation's attribution window in whole days, at least 1.
    pub const ATTRIBUTION_WINDOW: NumberRule = NumberRule::new().whole().at_least(1.0);

    /// Any finite number.
    pub const fn new() -> Self {
        NumberRule { min: None, min_exclusive: false, max: None, integer: false }
    }

    pub const fn at_least(self, min: f64) -> Self {
        NumberRule { min: Some(min), min_exclusive: false, ..self }
    }

    pub const fn more_than(self, min: f64) -> Self {
        NumberRule { min: Some(min), min_exclusive: true, ..self }
    }

    pub const fn at_most(self, max: f64) -> Self {
        NumberRule { max: Some(max), ..self }
    }

    pub const fn whole(self) -> Self {
        NumberRule { integer: true, ..self }
    }
}

/// `n` as people of `lang` write it (`12,5`), without grouping: what a number field shows.
pub fn typed_number(n: f64, lang: Lang) -> String {
    let text = n.to_string();
    match lang.decimal() {
        '.' => text,
        d => text.replace('.', &d.to_string()),
    }
}

/// Whether `int` is digits grouped by threes with `group` (`1,500`, `12.500.000`).
fn grouped(int: &str, group: char) -> bool {
    let mut parts = int.split(group);
    let first = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && first.chars().all(|c| c.is_ascii_digit())
        && rest.iter().all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// Reads a number as people of `lang` type it: surrounding spaces, a leading `+` or `-`, the
/// language's decimal separator (`12.5` / `12,5`), its digit grouping (`1,500` / `1.500`:
/// groups of three) and an exponent (`1e3`) are fine. Empty or only spaces → `Ok(None)`.
/// Refused, with a sentence in `lang` for the field: anything else (`-`, `1.2.3`, `abc`,
/// `NaN`, `inf`, `1 000`), numbers outside the rule's range, fractions where the rule wants
/// whole numbers, and the other language's decimal separator where it cannot be grouping
/// (`12,5` in English, `12.5` in German): never a silent guess, the message says how.
pub fn parse_number(text: &str, rule: NumberRule, lang: Lang) -> Result<Option<f64>, String> {
    let s = text.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let (decimal, group) = (lang.decimal(), lang.group());
    let example = |en: &str, de: &str| lang.pick(en, de).to_string();
    let not_a_number = || {
        if rule.integer {
            example("Enter a whole number.", "Geben Sie eine ganze Zahl ein.")
        } else {
            example("Enter a number, like 12.5.", "Geben Sie eine Zahl ein, etwa 12,5.")
        }
    };
    let (sign, unsigned) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.strip_prefix('+').unwrap_or(s)),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    });
    let chars_ok = mantissa.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && mantissa.chars().any(|c| c.is_ascii_digit());
    if !chars_ok || !exponent_ok {
        return Err(not_a_number());
    }
    let (int, frac) = match mantissa.split_once(decimal) {
        Some((int, frac)) => (int, Some(frac)),
        None => (mantissa, None),
    };
    if frac.is_some_and(|f| f.contains(['.', ','])) {
        return Err(not_a_number());
    }
    let int = if int.contains(group) {
        if exponent.is_none() && grouped(int, group) {
            int.replace(group, "")
        } else if frac.is_none() && int.matches(group).count() == 1 && !int.ends_with(group) {
            // `12,5` in English, `12.5` in German: the other language's decimal separator.
            return Err(example(
                "Use a point for decimals, like 12.5 (a comma only groups thousands, like 1,500).",
                "Verwenden Sie ein Komma für Dezimalstellen, etwa 12,5 (ein Punkt trennt nur Tausender, etwa 1.500).",
            ));
        } else {
            return Err(not_a_number());
        }
    } else {
        int.to_string()
    };
    let normalised = match (frac, exponent) {
        (Some(f), Some(e)) => format!("{sign}{int}.{f}e{e}"),
        (Some(f), None) => format!("{sign}{int}.{f}"),
        (None, Some(e)) => format!("{sign}{int}e{e}"),
        (None, None) => format!("{sign}{int}"),
    };
    // Adding 0.0 turns -0 into 0.
    let value = normalised.parse::<f64>().map_err(|_| not_a_number())? + 0.0;
    if !value.is_finite() {
        return Err(example("That number is too large.", "Diese Zahl ist zu groß."));
    }
    if rule.integer && value.fract() != 0.0 {
        return Err(example("Enter a whole number.", "Geben Sie eine ganze Zahl ein."));
    }
    let shown = |n: f64| typed_number(n, lang);
    if let Some(min) = rule.min {
        if rule.min_exclusive && value <= min {
            return Err(lang
                .pick(format!("Enter more than {}.", shown(min)), format!("Geben Sie mehr als {} ein.", shown(min))));
        }
        if value < min {
            return Err(lang
                .pick(format!("Enter at least {}.", shown(min)), format!("Geben Sie mindestens {} ein.", shown(min))));
        }
    }
    if let Some(max) = rule.max {
        if value > max {
            return Err(
                lang.pick(format!("Enter at most {}.", shown(max)), format!("Geben Sie höchstens {} ein.", shown(max)))
            );
        }
    }
    Ok(Some(value))
}
