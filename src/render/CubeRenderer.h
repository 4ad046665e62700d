#pragma once
// Draws a cube layer (cube maps, tiled multires panoramas) as quads on the cube's faces, one per
// tile, shaders/cube.{vert,frag}: begin() once per layer and frame with the camera, then quad()
// for each tile (or the part of a coarser texture standing in for it). Reads scene state; never
// writes it.

#include <cstdint>
#include <string>

#include <glm/vec4.hpp>

#include "core/math/Projection.h"
#include "render/GlProgram.h"

namespace shotscape {

class CubeRenderer {
 public:
  CubeRenderer() = default;
  ~CubeRenderer();
  CubeRenderer(const CubeRenderer&) = delete;
  CubeRenderer& operator=(const CubeRenderer&) = delete;

  bool init(std::string& error);
  // The camera for the quads to come; `opacity` < 1 blends them over what is drawn (a move).
  void begin(const RayBasis& basis, float opacity);
  // `rect`: the quad on face `face`, (x0, y0, x1, y1) in [0, 1]; `texRect`: the texture's part.
  void quad(int face, const glm::dvec4& rect, std::uint32_t texture, const glm::dvec4& texRect);
  int quads() const { return quads_; } // drawn since begin()

 private:
  GlProgram program_;
  int uToClip_ = -1, uCentre_ = -1, uRight_ = -1, uDown_ = -1, uRect_ = -1, uTexRect_ = -1;
  std::uint32_t vao_ = 0;
  int quads_ = 0;
};

} // namespace shotscape
