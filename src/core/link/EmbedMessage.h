#pragma once
// The postMessage protocol between a page and a player inside an iframe (embed.html).
//
// The page sends commands; the player answers each one that carries an `id`, and sends events:
//   page → player  {"shotscape": 1, "command": "seek", "args": [12.5], "id": 7}
//   player → page  {"shotscape": 1, "reply": 7, "result": …}   or   {"shotscape": 1, "reply": 7, "error": "…"}
//   player → page  {"shotscape": 1, "event": "viewchange", "detail": {"yaw": …, "pitch": …, "hfov": …}}
// Only messages from an allowed origin are obeyed (OriginPolicy: the player's own origin, plus those
// of the `origins` link parameter, or any with "*"). parseEmbedMessage() checks a message's shape and
// arguments; a message without the "shotscape" member is someone else's and is left alone.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shotscape {

// "scheme://host[:port]" as browsers serialise an origin (lower case, no default port, no path);
// empty when `text` is not an http(s) origin. A trailing "/" is tolerated.
std::optional<std::string> normalizeOrigin(std::string_view text);

struct OriginPolicy {
  bool any = false;                 // "*": every origin (the player then answers anyone)
  std::vector<std::string> origins; // normalised, besides the player's own origin
  bool allows(std::string_view origin, std::string_view own) const;
};

struct EmbedCommand {
  std::string name;            // play pause seek setView getView openHotspot closeHotspot setCaptionLanguage getState setScene back
  std::optional<double> seconds; // seek: >= 0
  std::optional<double> yaw, pitch, hfov; // setView: at least one
  std::string text;            // openHotspot, setScene: the id; setCaptionLanguage: the language; setProjection: the lens
  // orientation (shotscape-frame.js relaying the host page's deviceorientation): the event's
  // angles as given (a null angle is NaN: the player refuses the reading) and the screen's angle.
  std::optional<double> alpha, beta, gamma, screen;
};

struct EmbedMessage {
  enum class Kind {
    Foreign, // not ours (no "shotscape" member, or not a JSON object): ignore silently
    Invalid, // ours but wrong: `error` says where and why; answer it when `id` is set
    Command, // `command` is ready to run
  };
  Kind kind = Kind::Foreign;
  std::string id;        // the message's "id" as JSON text (a number or a string); empty when none
  EmbedCommand command;
  std::string error;     // Invalid: "/args/0: expected seconds (a number >= 0)"
};

inline constexpr size_t kMaxEmbedMessageBytes = 64 * 1024;

EmbedMessage parseEmbedMessage(std::string_view json);

} // namespace shotscape
