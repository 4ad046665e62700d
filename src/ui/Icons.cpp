#include "ui/Icons.h"
#include "ui/Focus.h"
#include "ui/Text.h"
#include "ui/Theme.h"

#include <cmath>

namespace shotscape {

namespace {
void fullscreenBrackets(ImDrawList* list, ImVec2 c, bool inward, ImU32 colour, float r, float t) {
  for (int sx = -1; sx <= 1; sx += 2) {
    for (int sy = -1; sy <= 1; sy += 2) {
      const ImVec2 anchor = inward ? ImVec2(c.x + sx * 3.0f, c.y + sy * 3.0f) : ImVec2(c.x + sx * r, c.y + sy * r);
      const float ax = (inward ? 1.0f : -1.0f) * sx * 5.0f, ay = (inward ? 1.0f : -1.0f) * sy * 5.0f;
      list->AddLine(anchor, ImVec2(anchor.x + ax, anchor.y), colour, t);
      list->AddLine(anchor, ImVec2(anchor.x, anchor.y + ay), colour, t);
    }
  }
}

void speaker(ImDrawList* list, ImVec2 c, ImU32 colour) {
  const ImVec2 body[] = {ImVec2(c.x - 8, c.y - 3), ImVec2(c.x - 4, c.y - 3), ImVec2(c.x + 1, c.y - 7),
                         ImVec2(c.x + 1, c.y + 7), ImVec2(c.x - 4, c.y + 3), ImVec2(c.x - 8, c.y + 3)};
  list->AddConvexPolyFilled(body, 6, colour);
}
} // namespace

void drawIcon(ImDrawList* list, ImVec2 c, Icon icon, ImU32 colour) {
  const float r = 8.0f;
  const float t = 1.8f;
  switch (icon) {
    case Icon::Reset:
      // A compass: a ring with a north needle, "back to the start view".
      list->AddCircle(c, r, colour, 24, t);
      list->AddTriangleFilled(ImVec2(c.x, c.y - r + 2.0f), ImVec2(c.x - 3.5f, c.y + 1.0f), ImVec2(c.x + 3.5f, c.y + 1.0f),
                              colour);
      break;
    case Icon::EnterFullscreen: fullscreenBrackets(list, c, false, colour, r, t); break;
    case Icon::ExitFullscreen: fullscreenBrackets(list, c, true, colour, r, t); break;
    case Icon::Close:
      list->AddLine(ImVec2(c.x - 6, c.y - 6), ImVec2(c.x + 6, c.y + 6), colour, 2.0f);
      list->AddLine(ImVec2(c.x - 6, c.y + 6), ImVec2(c.x + 6, c.y - 6), colour, 2.0f);
      break;
    case Icon::Play:
      list->AddTriangleFilled(ImVec2(c.x - 5, c.y - 8), ImVec2(c.x - 5, c.y + 8), ImVec2(c.x + 8, c.y), colour);
      break;
    case Icon::Pause:
      list->AddRectFilled(ImVec2(c.x - 7, c.y - 7), ImVec2(c.x - 2, c.y + 7), colour, 1.0f);
      list->AddRectFilled(ImVec2(c.x + 2, c.y - 7), ImVec2(c.x + 7, c.y + 7), colour, 1.0f);
      break;
    case Icon::SoundOn:
      speaker(list, c, colour);
      list->PathArcTo(ImVec2(c.x + 1, c.y), 5.5f, -0.9f, 0.9f, 10);
      list->PathStroke(colour, 0, t);
      list->PathArcTo(ImVec2(c.x + 1, c.y), 9.0f, -0.9f, 0.9f, 12);
      list->PathStroke(colour, 0, t);
      break;
    case Icon::SoundOff:
      speaker(list, c, colour);
      list->AddLine(ImVec2(c.x + 4, c.y - 4), ImVec2(c.x + 10, c.y + 4), colour, t);
      list->AddLine(ImVec2(c.x + 4, c.y + 4), ImVec2(c.x + 10, c.y - 4), colour, t);
      break;
    case Icon::SideBySide:
      list->AddRect(ImVec2(c.x - 10, c.y - 7), ImVec2(c.x - 1, c.y + 7), colour, 2.0f, 0, t);
      list->AddRect(ImVec2(c.x + 1, c.y - 7), ImVec2(c.x + 10, c.y + 7), colour, 2.0f, 0, t);
      break;
    case Icon::Share: {
      // Three nodes joined: the usual "share" glyph.
      const ImVec2 a(c.x + 6, c.y - 7), b(c.x - 6, c.y), d(c.x + 6, c.y + 7);
      list->AddLine(a, b, colour, t);
      list->AddLine(b, d, colour, t);
      list->AddCircleFilled(a, 3.0f, colour, 12);
      list->AddCircleFilled(b, 3.0f, colour, 12);
      list->AddCircleFilled(d, 3.0f, colour, 12);
      break;
    }
    case Icon::Back:
      // An arrow to the left: the scene before.
      list->AddLine(ImVec2(c.x - 8, c.y), ImVec2(c.x + 8, c.y), colour, 2.0f);
      list->AddLine(ImVec2(c.x - 8, c.y), ImVec2(c.x - 2, c.y - 6), colour, 2.0f);
      list->AddLine(ImVec2(c.x - 8, c.y), ImVec2(c.x - 2, c.y + 6), colour, 2.0f);
      break;
    case Icon::Scenes:
      // Four small frames: the tour's places.
      for (int i = 0; i < 4; ++i) {
        const float x = c.x + (i % 2 ? 1.5f : -9.5f), y = c.y + (i / 2 ? 1.5f : -7.5f);
        list->AddRect(ImVec2(x, y), ImVec2(x + 8, y + 6), colour, 1.0f, 0, t);
      }
      break;
    case Icon::Motion:
      // A phone between two curved arrows: move it to look around.
      list->AddRect(ImVec2(c.x - 4.5f, c.y - 8), ImVec2(c.x + 4.5f, c.y + 8), colour, 2.0f, 0, t);
      list->AddLine(ImVec2(c.x - 1.5f, c.y + 5.5f), ImVec2(c.x + 1.5f, c.y + 5.5f), colour, 1.2f);
      list->AddBezierQuadratic(ImVec2(c.x - 8, c.y - 5), ImVec2(c.x - 11.5f, c.y), ImVec2(c.x - 8, c.y + 5), colour, 1.4f);
      list->AddBezierQuadratic(ImVec2(c.x + 8, c.y - 5), ImVec2(c.x + 11.5f, c.y), ImVec2(c.x + 8, c.y + 5), colour, 1.4f);
      list->AddTriangleFilled(ImVec2(c.x - 8, c.y + 7.5f), ImVec2(c.x - 10, c.y + 3.5f), ImVec2(c.x - 6, c.y + 4), colour);
      list->AddTriangleFilled(ImVec2(c.x + 8, c.y - 7.5f), ImVec2(c.x + 10, c.y - 3.5f), ImVec2(c.x + 6, c.y - 4), colour);
      break;
    case Icon::Headset: {
      // A headset seen from the front: the visor with two lenses and the notch for the nose.
      const ImVec2 pts[] = {{c.x - 11, c.y - 6}, {c.x + 11, c.y - 6}, {c.x + 11, c.y + 5}, {c.x + 3.5f, c.y + 5},
                            {c.x, c.y + 1.5f},   {c.x - 3.5f, c.y + 5}, {c.x - 11, c.y + 5}};
      list->AddPolyline(pts, 7, colour, ImDrawFlags_Closed, t);
      list->AddCircleFilled(ImVec2(c.x - 5.5f, c.y - 0.5f), 2.4f, colour, 12);
      list->AddCircleFilled(ImVec2(c.x + 5.5f, c.y - 0.5f), 2.4f, colour, 12);
      break;
    }
    case Icon::LensRectilinear:
      // A frame with a straight horizon: the ordinary view.
      list->AddRect(ImVec2(c.x - 10, c.y - 7), ImVec2(c.x + 10, c.y + 7), colour, 2.0f, 0, t);
      list->AddLine(ImVec2(c.x - 10, c.y + 2), ImVec2(c.x + 10, c.y + 2), colour, t);
      break;
    case Icon::LensStereographic:
      // A little planet: a small world with the horizon bent round it.
      list->AddCircleFilled(c, r * 0.45f, colour, 20);
      list->AddCircle(c, r + 1.0f, colour, 28, t);
      for (int i = 0; i < 4; ++i) {
        const float a = 0.785398f + i * 1.570796f, ca = std::cos(a), sa = std::sin(a);
        list->AddLine(ImVec2(c.x + ca * r * 0.45f, c.y + sa * r * 0.45f), ImVec2(c.x + ca * (r + 1.0f), c.y + sa * (r + 1.0f)), colour, 1.2f);
      }
      break;
    case Icon::LensFisheye:
      // A round picture whose lines bow outward.
      list->AddCircle(c, r + 1.0f, colour, 28, t);
      list->AddBezierQuadratic(ImVec2(c.x - 3.5f, c.y - 8.2f), ImVec2(c.x - 8.5f, c.y), ImVec2(c.x - 3.5f, c.y + 8.2f), colour, 1.4f);
      list->AddBezierQuadratic(ImVec2(c.x + 3.5f, c.y - 8.2f), ImVec2(c.x + 8.5f, c.y), ImVec2(c.x + 3.5f, c.y + 8.2f), colour, 1.4f);
      list->AddLine(ImVec2(c.x - 9, c.y), ImVec2(c.x + 9, c.y), colour, 1.4f);
      break;
    case Icon::Captions: {
      list->AddRect(ImVec2(c.x - 10, c.y - 7), ImVec2(c.x + 10, c.y + 7), colour, 3.0f, 0, t);
      list->AddLine(ImVec2(c.x - 6, c.y - 1), ImVec2(c.x + 1, c.y - 1), colour, t);
      list->AddLine(ImVec2(c.x + 3, c.y - 1), ImVec2(c.x + 6, c.y - 1), colour, t);
      list->AddLine(ImVec2(c.x - 6, c.y + 3), ImVec2(c.x - 2, c.y + 3), colour, t);
      list->AddLine(ImVec2(c.x, c.y + 3), ImVec2(c.x + 6, c.y + 3), colour, t);
      break;
    }
    case Icon::CaptionStyle: { // three sliders, their knobs at different settings
      const float knobs[3] = {-4.0f, 4.0f, -1.0f};
      for (int i = 0; i < 3; ++i) {
        const float y = c.y - 6.0f + 6.0f * float(i);
        list->AddLine(ImVec2(c.x - 9, y), ImVec2(c.x + 9, y), colour, t);
        list->AddCircleFilled(ImVec2(c.x + knobs[i], y), 2.6f, colour, 12);
      }
      break;
    }
  }
}

void growAbout(ImDrawList* list, int first, ImVec2 centre, float scale) {
  if (scale == 1.0f) return;
  for (int i = first; i < list->VtxBuffer.Size; ++i) {
    ImVec2& p = list->VtxBuffer[i].pos;
    p = ImVec2(centre.x + (p.x - centre.x) * scale, centre.y + (p.y - centre.y) * scale);
  }
}

bool iconButton(const char* id, Icon icon, const char* tooltip, bool on, float size) {
  const float scale = Theme::uiScale();
  size *= scale;
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(size, size));
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImU32 bg = on ? IM_COL32(251, 194, 84, hovered ? 110 : 80)
                      : ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive
                                           : hovered               ? ImGuiCol_ButtonHovered
                                                                   : ImGuiCol_Button);
  list->AddRectFilled(min, max, bg, size * 0.28f);
  const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
  const int first = list->VtxBuffer.Size;
  drawIcon(list, centre, icon, ImGui::GetColorU32(ImGuiCol_Text));
  growAbout(list, first, centre, scale); // larger type (the 10-foot layout): the icon with it
  if (hovered) text::tooltip(tooltip);
  focus::control(id, tooltip);
  return pressed;
}

} // namespace shotscape
