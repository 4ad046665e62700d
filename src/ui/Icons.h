#pragma once
// The overlay's icons, drawn as vector shapes with the ImGui draw list (no icon font to download),
// and the round icon button every control uses: hover and press colours, a tooltip, and a focus
// ring for keyboard navigation.

#include <imgui.h>

namespace shotscape {

enum class Icon { Reset, EnterFullscreen, ExitFullscreen, Close, Play, Pause, SoundOn, SoundOff, SideBySide, Captions, Share, Back, Scenes, LensRectilinear,
                  LensStereographic, LensFisheye, Motion, Headset, CaptionStyle };

inline constexpr float kIconSize = 36.0f;
// Layout shared by the overlay's parts: under this canvas width (CSS px) the hotspot panel is a
// sheet along the bottom and a video's timeline takes a row of its own, this tall, above the buttons.
inline constexpr float kNarrowWidth = 600.0f;
inline constexpr float kRowAboveButtons = 56.0f;

void drawIcon(ImDrawList* list, ImVec2 centre, Icon icon, ImU32 colour);
// Grows what was drawn into `list` since vertex `first` by `scale` about `centre` (the 10-foot
// layout's larger icons and markers, drawn at the ordinary size first).
void growAbout(ImDrawList* list, int first, ImVec2 centre, float scale);
// `on`: a toggle that is on gets an amber tint.
bool iconButton(const char* id, Icon icon, const char* tooltip, bool on = false, float size = kIconSize);

} // namespace shotscape
