#include <doctest/doctest.h>

#include <cmath>

#include "core/manifest/JsonReader.h"
#include "core/manifest/JsonWriter.h"

using namespace shotscape;

TEST_CASE("JsonWriter writes a flat object that parses back to the same values") {
  const std::string text = JsonWriter()
                               .add("message", "a \"quoted\" \\ path\n\ttab")
                               .add("yaw", -12.25)
                               .add("big", 1e300)
                               .add("tiny", 5e-324)
                               .add("ok", true)
                               .str();
  Diagnostics diagnostics;
  const auto json = parseJson(text, diagnostics);
  REQUIRE(json.has_value());
  CHECK((*json)["message"] == "a \"quoted\" \\ path\n\ttab");
  CHECK((*json)["yaw"] == -12.25);
  CHECK((*json)["big"] == 1e300);
  CHECK((*json)["tiny"] == 5e-324);
  CHECK((*json)["ok"] == true);
}

TEST_CASE("JsonWriter nests JSON another writer built") {
  const std::string inner = JsonWriter().add("target", "door").str();
  CHECK(JsonWriter().add("id", "table").addJson("links", "[" + inner + "]").str() ==
        R"({"id":"table","links":[{"target":"door"}]})");
}

TEST_CASE("JsonWriter keeps valid UTF-8, replaces invalid bytes, and writes non-finite numbers as null") {
  CHECK(jsonQuote("Agnès — 東京 🎬") == "\"Agnès — 東京 🎬\"");
  CHECK(jsonQuote(std::string("a\xff" "b\xc0\xafz")) == "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBDz\"");
  CHECK(jsonQuote(std::string("\x01", 1)) == "\"\\u0001\"");
  CHECK(jsonQuote("a\nb\tc\r") == "\"a\\nb\\tc\\r\"");
  CHECK(JsonWriter().add("x", NAN).add("y", INFINITY).str() == "{\"x\":null,\"y\":null}");
  CHECK(JsonWriter().str() == "{}");
  CHECK(JsonWriter().add("t", 2.612).add("third", 1.0 / 3.0).str() == "{\"t\":2.612,\"third\":0.3333333333333333}");
}
