#include <doctest/doctest.h>

#include <cmath>

#include "core/link/DeepLink.h"
#include "core/link/EmbedMessage.h"

using namespace shotscape;

TEST_CASE("origins are normalised as browsers serialise them") {
  CHECK(normalizeOrigin("https://Example.COM") == "https://example.com");
  CHECK(normalizeOrigin("https://example.com/") == "https://example.com");
  CHECK(normalizeOrigin("https://example.com:443") == "https://example.com");
  CHECK(normalizeOrigin("http://example.com:80") == "http://example.com");
  CHECK(normalizeOrigin("http://127.0.0.1:9000") == "http://127.0.0.1:9000");
  CHECK(normalizeOrigin("http://[::1]:8080") == "http://[::1]:8080");
  for (const char* bad : {"example.com", "ftp://example.com", "https://", "https://example.com/page", "https://a.com:",
                          "https://a.com:99999", "https://a.com:0", "javascript:alert(1)", "https://a b.com", "*", "null",
                          "https://[zz]", "https://.a.com", "https://a.com?x"})
    CHECK_MESSAGE(!normalizeOrigin(bad), bad);
}

TEST_CASE("the origin policy: own origin always, listed ones, or any; never an opaque origin") {
  OriginPolicy policy;
  CHECK(policy.allows("https://player.example", "https://player.example"));
  CHECK_FALSE(policy.allows("https://other.example", "https://player.example"));
  CHECK_FALSE(policy.allows("null", "null"));
  policy.origins = {"https://other.example"};
  CHECK(policy.allows("https://other.example", "https://player.example"));
  CHECK_FALSE(policy.allows("https://other.example:8443", "https://player.example"));
  policy.any = true;
  CHECK(policy.allows("https://anyone.example", "https://player.example"));
  CHECK_FALSE(policy.allows("", "https://player.example"));
}

TEST_CASE("the origins link parameter: a list, '*', and a warning per bad entry") {
  auto r = parseMoment("origins=https://A.example,http://127.0.0.1:9000/,nonsense,https://a.example", "");
  REQUIRE(r.moment.origins);
  CHECK(*r.moment.origins == std::vector<std::string>{"https://a.example", "http://127.0.0.1:9000"});
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].message == "origins=nonsense: not an origin like https://example.com; ignored");
  CHECK(*parseMoment("", "origins=*").moment.origins == std::vector<std::string>{"*"});
  CHECK_FALSE(parseMoment("origins=javascript:x", "").moment.origins);
  const auto again = parseMoment("", formatMoment(r.moment));
  CHECK(again.moment == r.moment);
  CHECK(again.warnings.empty());
}

TEST_CASE("commands and their arguments") {
  auto m = parseEmbedMessage(R"({"shotscape":1,"command":"seek","args":[12.5],"id":7})");
  CHECK(m.kind == EmbedMessage::Kind::Command);
  CHECK(m.command.name == "seek");
  CHECK(m.command.seconds == 12.5);
  CHECK(m.id == "7");
  m = parseEmbedMessage(R"({"shotscape":1,"command":"setView","args":[{"yaw":-30,"hfov":60}],"id":"a\"b"})");
  CHECK(m.kind == EmbedMessage::Kind::Command);
  CHECK(m.command.yaw == -30.0);
  CHECK_FALSE(m.command.pitch);
  CHECK(m.command.hfov == 60.0);
  CHECK(m.id == R"("a\"b")");
  m = parseEmbedMessage(R"({"shotscape":1,"command":"openHotspot","args":["window"]})");
  CHECK(m.kind == EmbedMessage::Kind::Command);
  CHECK(m.command.text == "window");
  CHECK(m.id.empty());
  for (const char* name : {"play", "pause", "getView", "closeHotspot", "getState"}) {
    m = parseEmbedMessage(std::string(R"({"shotscape":1,"command":")") + name + "\"}");
    CHECK(m.kind == EmbedMessage::Kind::Command);
  }
}

TEST_CASE("someone else's messages are left alone") {
  for (const char* foreign : {"", "\"hello\"", "42", "[1,2]", R"({"type":"resize"})", "{not json", R"({"Shotscape":1})"})
    CHECK(parseEmbedMessage(foreign).kind == EmbedMessage::Kind::Foreign);
}

TEST_CASE("bad commands are named with their path, keeping the id to answer") {
  struct Case {
    const char* json;
    const char* error;
  };
  const Case cases[] = {
      {R"({"shotscape":1,"command":"explode","id":1})",
       "/command: unknown command \"explode\" (expected one of play, pause, seek, setView, getView, openHotspot, closeHotspot, setCaptionLanguage, getState, setScene, back, setProjection, orientation)"},
      {R"({"shotscape":1,"id":1})",
       "/command: expected a command name (play, pause, seek, setView, getView, openHotspot, closeHotspot, setCaptionLanguage, getState, setScene, back, setProjection, orientation)"},
      {R"({"shotscape":2,"command":"play","id":1})", "/shotscape: expected 1 (the protocol version)"},
      {R"({"shotscape":1,"command":"seek","args":["12"],"id":1})", "/args/0: expected seconds (a number >= 0)"},
      {R"({"shotscape":1,"command":"seek","args":[-1],"id":1})", "/args/0: expected seconds (a number >= 0)"},
      {R"({"shotscape":1,"command":"seek","id":1})", "/args/0: missing; seek takes 1 argument"},
      {R"({"shotscape":1,"command":"seek","args":3,"id":1})", "/args: expected an array of arguments"},
      {R"({"shotscape":1,"command":"play","args":[1],"id":1})", "/args/0: play takes no arguments"},
      {R"({"shotscape":1,"command":"seek","args":[1,2],"id":1})", "/args/1: seek takes 1 argument"},
      {R"({"shotscape":1,"command":"setView","args":[{"yaw":"10"}],"id":1})", "/args/0/yaw: expected a number of degrees"},
      {R"({"shotscape":1,"command":"setView","args":[{"roll":10}],"id":1})",
       "/args/0/roll: unknown member (expected yaw, pitch, hfov)"},
      {R"({"shotscape":1,"command":"setView","args":[{}],"id":1})", "/args/0: expected at least one of yaw, pitch, hfov"},
      {R"({"shotscape":1,"command":"setView","args":[[10]],"id":1})", "/args/0: expected a view {yaw, pitch, hfov}"},
      {R"({"shotscape":1,"command":"openHotspot","args":[3],"id":1})",
       "/args/0: expected a hotspot id (a string of 1 to 200 characters)"},
      {R"({"shotscape":1,"command":"setCaptionLanguage","args":[""],"id":1})",
       "/args/0: expected a caption language (a string of 1 to 200 characters)"},
      {R"({"shotscape":1,"command":"play","extra":true,"id":1})", "/extra: unknown member (expected shotscape, command, args, id)"},
  };
  for (const Case& c : cases) {
    const auto m = parseEmbedMessage(c.json);
    CHECK_MESSAGE(m.kind == EmbedMessage::Kind::Invalid, c.json);
    CHECK(m.error == c.error);
    CHECK(m.id == "1");
  }
  const auto badId = parseEmbedMessage(R"({"shotscape":1,"command":"play","id":{"x":1}})");
  CHECK(badId.kind == EmbedMessage::Kind::Invalid);
  CHECK(badId.error == "/id: expected a number or a string of up to 200 characters");
  CHECK(badId.id.empty());
  const std::string huge = R"({"shotscape":1,"command":"openHotspot","args":[")" + std::string(70000, 'x') + "\"]}";
  CHECK(parseEmbedMessage(huge).error == "message larger than 64 KB");
  const std::string deep = R"({"shotscape":1,"args":)" + std::string(5000, '[') + std::string(5000, ']') + "}";
  CHECK(parseEmbedMessage(deep).kind == EmbedMessage::Kind::Foreign); // too deep to be JSON we read
}

TEST_CASE("setProjection: a lens name, or an error naming the argument") {
  const auto ok = parseEmbedMessage(R"({"shotscape": 1, "command": "setProjection", "args": ["stereographic"]})");
  REQUIRE(ok.kind == EmbedMessage::Kind::Command);
  CHECK(ok.command.name == "setProjection");
  CHECK(ok.command.text == "stereographic");
  for (const char* bad : {R"({"shotscape": 1, "command": "setProjection", "args": ["planet"]})",
                          R"({"shotscape": 1, "command": "setProjection", "args": [2]})"}) {
    const auto m = parseEmbedMessage(bad);
    CHECK(m.kind == EmbedMessage::Kind::Invalid);
    CHECK(m.error == "/args/0: expected a projection (rectilinear, stereographic or fisheye)");
  }
}

TEST_CASE("orientation: the relayed event's angles, null kept as NaN for the player to refuse") {
  const auto m = parseEmbedMessage(R"({"shotscape": 1, "command": "orientation", "args": [{"alpha": 10, "beta": 80.5, "gamma": null, "screen": 90}]})");
  REQUIRE(m.kind == EmbedMessage::Kind::Command);
  CHECK(*m.command.alpha == 10.0);
  CHECK(*m.command.beta == 80.5);
  CHECK(std::isnan(*m.command.gamma));
  CHECK(*m.command.screen == 90.0);
  const auto bad = parseEmbedMessage(R"({"shotscape": 1, "command": "orientation", "args": [{"alpha": "north"}]})");
  CHECK(bad.kind == EmbedMessage::Kind::Invalid);
  CHECK(bad.error == "/args/0/alpha: expected a number of degrees or null");
}
