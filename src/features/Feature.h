#pragma once
// A feature of the player behind one small interface (Photo Sphere Viewer's plugins): hotspots and
// their sessions, video playback, the scene's sound, sharing, autorotation; the tour, motion,
// headsets and the editor join the same way. The Player owns the features and calls them in a
// fixed order; a feature knows the services in FeatureContext, never the Player, and owns no GL
// (textures come from the Stage).
//
// Calls, all optional:
//   enter(scene)    a scene's config is known and it starts showing; leave() when it is dropped
//   step(nowMs)     once per frame before drawing; true while it needs the next frame
//   shown()         after a frame that showed the scene (its first fires `ready`)
//   contribute(m)   adds its part to the overlay's model (pure: reads state)
//   apply(actions)  what the viewer did in the overlay, in a frame where it ran
//   handle(cmd)     a command from the input router; true when it took it (later features are
//                   not asked)
//   userGesture()   a click or key press: media the browser held back may start now
//   stats(json)     its numbers for the element's stats()

#include "core/input/Commands.h"
#include "core/manifest/JsonWriter.h"
#include "core/scene/Scene.h"
#include "features/FeatureContext.h"
#include "ui/Overlay.h"

namespace shotscape {

class Feature {
 public:
  virtual ~Feature() = default;
  virtual void enter(const Scene&) {}
  virtual void leave() {}
  virtual bool step(double /*nowMs*/) { return false; }
  virtual void shown() {}
  virtual void contribute(OverlayModel&) const {}
  virtual void apply(const OverlayActions&) {}
  virtual bool handle(Command) { return false; }
  virtual void userGesture() {}
  virtual void stats(JsonWriter&) const {}
};

} // namespace shotscape
