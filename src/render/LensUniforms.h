#pragma once
// The uniforms of shaders/lens.glsl, shared by the programs that draw through a lens other than
// the rectilinear one (PanoramaRenderer's and CubeRenderer's LENS variants).

#include <string>

#include "core/math/Projection.h"
#include "render/GlProgram.h"

namespace shotscape {

struct LensUniforms {
  // The text to build a fragment shader with: "#define LENS" and shaders/lens.glsl.
  static std::string defines();
  void locate(const GlProgram& program);
  // The program must be in use.
  void set(const Projection& projection) const;

  int right = -1, up = -1, forward = -1, shift = -1, axes = -1, kinds = -1, edge = -1;
};

} // namespace shotscape
