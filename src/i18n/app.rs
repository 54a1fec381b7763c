//! The page around the screens: the product name and the language switch in the header, the
//! plan's year and issuer, and the tabs that switch screens.

/// The header and the screen tabs.
#[derive(Debug)]
pub struct AppTexts {
    /// The product's name.
    pub app_name: &'static str,
    /// The HTML `lang` of this language.
    pub html_lang: &'static str,
    /// Label of the button that switches to the other language.
    pub switch_lang: &'static str,
    /// Accessible name of the language switch.
    pub switch_lang_label: &'static str,
    /// "Issued by".
    pub issued_by: &'static str,
    /// UI text: Views.
    pub views: &'static str,
    /// UI text: Decomposition.
    pub tab_plan: &'static str,
    /// UI text: Monthly bulletin.
    pub tab_bulletin: &'static str,
    /// UI text: Forecast.
    pub tab_forecast: &'static str,
}
