#pragma once
// The interface's words in the viewer's language (issue 17, part 5): every string the player shows
// or says — buttons, tooltips, the share menu, the caption style, the shortcuts, errors shown to
// viewers, live-region announcements — is its English text looked up in one table per language
// (English, French, Japanese, Arabic). The English text is the key; "{0}", "{1}"… mark arguments.
// A key a table lacks comes back in English. Arabic mirrors the layout (isRightToLeft).
//
// The language is chosen per player — its `uilang` attribute or link parameter, else the first of
// the browser's languages the tables have, else English — and made current while that player
// runs (several players on a page may speak different languages).

#include <initializer_list>
#include <string>
#include <string_view>

namespace shotscape {

enum class UiLanguage { En = 0, Fr = 1, Ja = 2, Ar = 3 };

// The first of `tags` (BCP 47, comma or space separated, as navigator.languages joined) whose
// primary subtag a table has; `found` false (and English) when none.
UiLanguage uiLanguageFor(std::string_view tags, bool* found = nullptr);
const char* uiLanguageCode(UiLanguage language); // "en", "fr", "ja", "ar"
bool isRightToLeft(UiLanguage language);

// The language current for tr(); a player sets its own while it runs.
void setUiLanguage(UiLanguage language);
UiLanguage uiLanguage();

// `english` (a literal: the key) in the current language.
const char* tr(const char* english);
// The same with "{0}", "{1}"… replaced by `args`.
std::string trf(std::string_view english, std::initializer_list<std::string_view> args);

// How many keys each table has (tests: every table translates every key).
std::size_t uiTextKeyCount();
std::size_t uiTextTranslated(UiLanguage language);

} // namespace shotscape
