//! A horizontal bar chart in SVG: every bar is labelled with its name and value, so it reads
//! without colour; the SVG has a title for screen readers (pages show the same numbers in a
//! table next to it).

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub display: String,
}

const ROW: f64 = 28.0;
const LABEL_W: f64 = 190.0;
const BAR_W: f64 = 300.0;

#[component]
pub fn BarChart(#[prop(into)] title: String, bars: Vec<Bar>) -> impl IntoView {
    let max = bars.iter().map(|b| b.value.abs()).fold(0.0_f64, f64::max).max(f64::MIN_POSITIVE);
    let height = ROW * bars.len() as f64 + 8.0;
    let width = LABEL_W + BAR_W + 90.0;
    let label = title.clone();
    view! {
        <svg class="bar-chart" role="img" viewBox=format!("0 0 {width} {height}") width="100%"
            preserveAspectRatio="xMinYMin meet" aria-label=label>
            <title>{title}</title>
            {bars.into_iter().enumerate().map(|(i, bar)| {
                let y = 4.0 + ROW * i as f64;
                let w = (bar.value.abs() / max * BAR_W).max(1.0);
                let label: String = bar.label.chars().take(28).collect();
                view! {
                    <g>
                        <text x="0" y=y + 18.0 class="bar-label">{label}</text>
                        <rect x=LABEL_W y=y + 4.0 width=w height=ROW - 10.0
                            class=if bar.value < 0.0 { "bar bar-negative" } else { "bar" }/>
                        <text x=LABEL_W + w + 6.0 y=y + 18.0 class="bar-value">{bar.display}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}
