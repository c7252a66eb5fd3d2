//! The one decimal parser for what people type into number fields.

/// How [`parse_number`] reads one field: the range it accepts and whether it must be whole.
/// Build one with `NumberRule::new("Budget").more_than(0.0)`, or use a preset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberRule {
    /// Names the field in messages ("Budget: enter more than 0."); empty for no name.
    pub label: &'static str,
    pub min: Option<f64>,
    /// `min` itself is refused too ("more than 0" rather than "at least 0").
    pub min_exclusive: bool,
    /// Inclusive.
    pub max: Option<f64>,
    /// Only whole numbers (`14`, `14.0`, `1e3`).
    pub integer: bool,
}

impl Default for NumberRule {
    fn default() -> Self {
        NumberRule::new("")
    }
}

impl NumberRule {
    /// A budget (campaign, total or one-off): more than 0.
    pub const BUDGET: NumberRule = NumberRule::new("Budget").more_than(0.0);
    /// A money amount that may be 0 (the wizard's buying-behaviour filters).
    pub const AMOUNT: NumberRule = NumberRule::new("Amount").at_least(0.0);
    /// A targeting age in whole years.
    pub const AGE: NumberRule = NumberRule::new("Age").whole().at_least(0.0).at_most(120.0);
    /// The evaluation's attribution window in whole days, at least 1.
    pub const ATTRIBUTION_WINDOW: NumberRule = NumberRule::new("Attribution window").whole().at_least(1.0);

    /// Any finite number; `label` names the field in messages ("" for none).
    pub const fn new(label: &'static str) -> Self {
        NumberRule { label, min: None, min_exclusive: false, max: None, integer: false }
    }

    pub const fn labelled(self, label: &'static str) -> Self {
        NumberRule { label, ..self }
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

    fn say(&self, message: String) -> String {
        let mut chars = message.chars();
        match (self.label.is_empty(), chars.next()) {
            (false, Some(first)) => format!("{}: {}{}", self.label, first.to_lowercase(), chars.as_str()),
            _ => message,
        }
    }
}

/// Reads a number as typed: surrounding spaces, a leading `+` or `-`, a decimal point or a
/// decimal comma (`12.5`, `12,5`) and an exponent (`1e3`) are fine. Empty or only spaces →
/// `Ok(None)`. Refused, with a sentence for the field: anything else (`-`, `1.2.3`, `abc`,
/// `NaN`, `inf`, `1 000`), numbers outside the rule's range, fractions where the rule wants
/// whole numbers, and `1,000`: a comma before exactly three digits may be a thousands
/// separator or a decimal comma, so the message asks for `1000` or `1.000`.
pub fn parse_number(text: &str, rule: NumberRule) -> Result<Option<f64>, String> {
    let s = text.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let not_a_number =
        || rule.say(if rule.integer { "Enter a whole number.".into() } else { "Enter a number, like 12.5.".into() });
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let separators = mantissa.chars().filter(|c| matches!(c, '.' | ',')).count();
    let mantissa_ok = mantissa.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && mantissa.chars().any(|c| c.is_ascii_digit())
        && separators <= 1;
    let exponent_ok = exponent.is_none_or(|e| {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    });
    if mantissa.contains('.') && mantissa.contains(',') {
        return Err(rule.say("Enter the number without thousands separators, like 1000 or 1000.5.".into()));
    }
    if !mantissa_ok || !exponent_ok {
        return Err(not_a_number());
    }
    if let (Some((int, frac)), None) = (mantissa.split_once(','), exponent) {
        if (1..=3).contains(&int.len()) && !int.starts_with('0') && frac.len() == 3 {
            return Err(
                rule.say(format!("Enter {int}{frac} (no thousands separator) or {int}.{frac} (decimal point)."))
            );
        }
    }
    let normalised = s.replace(',', ".");
    // Adding 0.0 turns -0 into 0.
    let value = normalised.parse::<f64>().map_err(|_| not_a_number())? + 0.0;
    if !value.is_finite() {
        return Err(rule.say("That number is too large.".into()));
    }
    if rule.integer && value.fract() != 0.0 {
        return Err(rule.say("Enter a whole number.".into()));
    }
    if let Some(min) = rule.min {
        if rule.min_exclusive && value <= min {
            return Err(rule.say(format!("Enter more than {min}.")));
        }
        if value < min {
            return Err(rule.say(format!("Enter at least {min}.")));
        }
    }
    if let Some(max) = rule.max {
        if value > max {
            return Err(rule.say(format!("Enter at most {max}.")));
        }
    }
    Ok(Some(value))
}
