#pragma once
// Draws an equirectangular panorama for a projection, one full-viewport
// triangle, shaders/panorama.{vert,frag}. Reads scene state; never writes it.
// Four programs from one source: the plain one, with WALK defined (uEye: a move's camera off the
// centre), and each with LENS (another lens than the rectilinear: shaders/lens.glsl), those two
// built the first time a view needs them. Uniforms: uPanorama (sampler, unit 0, set once), uRight,
// uUp, uForward, uTextureSize, uStereo, uEye, the lens's.

#include <cstdint>
#include <string>

#include <glm/vec3.hpp>

#include "core/math/Projection.h"
#include "core/scene/Stereo.h"
#include "render/GlProgram.h"
#include "render/LensUniforms.h"

namespace shotscape {

class PanoramaRenderer {
 public:
  PanoramaRenderer() = default;
  ~PanoramaRenderer();
  PanoramaRenderer(const PanoramaRenderer&) = delete;
  PanoramaRenderer& operator=(const PanoramaRenderer&) = delete;

  bool init(std::string& error);
  // Leaves its vertex array bound. width/height: the texture's size in texels. `eye`: the camera's
  // offset from the panorama's centre in units of the sphere it is projected on (a move's walk;
  // zero otherwise); `opacity` < 1 blends it over what is drawn (a move's cross-fade); `part`: the
  // texture's part drawn (one eye of a stereo pair).
  void draw(const Projection& projection, std::uint32_t texture, int width, int height, const glm::vec3& eye = glm::vec3(0.0f),
            float opacity = 1.0f, const StereoRect& part = {});

 private:
  struct Variant {
    GlProgram program;
    int uRight = -1;
    int uUp = -1;
    int uForward = -1;
    int uTextureSize = -1;
    int uStereo = -1;
    int uEye = -1; // -1 in the plain program
    LensUniforms lens;
  };
  bool build(Variant& variant, bool walk, bool lens, std::string& error);
  Variant variants_[2][2]; // [walk][lens]
  std::string lensError_;  // a lens variant that failed to build (drawn rectilinear instead)
  std::uint32_t vao_ = 0;
};

} // namespace shotscape
