#pragma once
// A tour's chrome, top right: a back button (the scene before, as Backspace) and a scene list
// toggle; the list names every scene of the tour, with its preview where the player holds one,
// the scene shown marked, a scene that failed to load marked and not offered. Reads a TourView,
// reports TourActions; changes nothing itself.

#include <cstdint>
#include <string>
#include <vector>

namespace shotscape {

struct TourSceneView {
  std::string id;
  std::string title;
  std::uintptr_t texture = 0; // GL texture of its preview (2:1), 0 = not loaded: a plain card
  bool current = false;
  bool failed = false;
  bool operator==(const TourSceneView&) const = default;
};

struct TourView {
  bool canGoBack = false;
  bool listOpen = false;
  std::string backLabel;            // the scene Back returns to, for its tooltip
  std::vector<TourSceneView> scenes;
  bool operator==(const TourView&) const = default;
};

struct TourActions {
  bool back = false;
  bool toggleList = false;
  std::string go;                   // a scene picked in the list; "" = none
};

// `width`, `height`: the canvas (CSS px).
TourActions drawTourBar(const TourView& view, float width, float height);

} // namespace shotscape
