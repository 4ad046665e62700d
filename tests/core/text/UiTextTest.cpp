#include "core/text/UiText.h"

#include <doctest/doctest.h>

using namespace shotscape;

TEST_CASE("UiText: the browser's languages pick the first the tables have; uilang's codes") {
  bool found = false;
  CHECK(uiLanguageFor("de-DE,fr-CA,en", &found) == UiLanguage::Fr);
  CHECK(found);
  CHECK(uiLanguageFor("ja", &found) == UiLanguage::Ja);
  CHECK(uiLanguageFor("AR-EG") == UiLanguage::Ar);
  CHECK(uiLanguageFor("de,pt-BR", &found) == UiLanguage::En);
  CHECK_FALSE(found);
  CHECK(uiLanguageFor("") == UiLanguage::En);
  CHECK(std::string(uiLanguageCode(UiLanguage::Ja)) == "ja");
  CHECK(isRightToLeft(UiLanguage::Ar));
  CHECK_FALSE(isRightToLeft(UiLanguage::Fr));
}

TEST_CASE("UiText: every key translated in every table; arguments placed; unknown keys in English") {
  for (const UiLanguage l : {UiLanguage::Fr, UiLanguage::Ja, UiLanguage::Ar}) CHECK(uiTextTranslated(l) == uiTextKeyCount());
  setUiLanguage(UiLanguage::Fr);
  CHECK(std::string(tr("Share this moment")) == "Partager ce moment");
  CHECK(trf("{0}, hotspot {1} of {2}. Press Enter to open.", {"La fenêtre", "2", "4"}) ==
        "La fenêtre, point d'intérêt 2 sur 4. Appuyez sur Entrée pour l'ouvrir.");
  CHECK(std::string(tr("Not in the tables")) == "Not in the tables");
  CHECK(trf("{1} then {0}", {"a", "b"}) == "b then a");
  setUiLanguage(UiLanguage::Ar);
  CHECK(trf("Directed by {0}", {"Ozu"}) == "إخراج Ozu");
  setUiLanguage(UiLanguage::Ja);
  CHECK(std::string(tr("Copy link")) == "リンクをコピー");
  setUiLanguage(UiLanguage::En);
  CHECK(std::string(tr("Copy link")) == "Copy link");
}
