#pragma once
// Draws a cube layer (cube maps, tiled multires panoramas) as quads on the cube's faces, one per
// tile, shaders/cube.{vert,frag}: begin() once per layer and frame with the camera, then quad()
// for each tile (or the part of a coarser texture standing in for it). Through a curved lens
// (stereographic, fisheye, a morph) each quad is drawn as the screen rectangle holding its
// picture, with a ray per pixel (the LENS variant, built the first time it is needed). Reads scene
// state; never writes it.

#include <cstdint>
#include <optional>
#include <string>

#include <glm/vec4.hpp>

#include "core/math/Projection.h"
#include "render/GlProgram.h"
#include "render/LensUniforms.h"

namespace shotscape {

class CubeRenderer {
 public:
  CubeRenderer() = default;
  ~CubeRenderer();
  CubeRenderer(const CubeRenderer&) = delete;
  CubeRenderer& operator=(const CubeRenderer&) = delete;

  bool init(std::string& error);
  // The camera for the quads to come; `opacity` < 1 blends them over what is drawn (a move).
  void begin(const Projection& projection, float opacity);
  // `rect`: the quad on face `face`, (x0, y0, x1, y1) in [0, 1]; `texRect`: the texture's part.
  void quad(int face, const glm::dvec4& rect, std::uint32_t texture, const glm::dvec4& texRect);
  int quads() const { return quads_; } // drawn since begin()

  // The screen rectangle (normalised device coordinates, x0, y0, x1, y1) holding a quad's picture
  // through `projection`'s lens, a margin included; empty when it lies off screen.
  static std::optional<glm::dvec4> screenBox(const Projection& projection, int face, const glm::dvec4& rect);

 private:
  struct Variant {
    GlProgram program;
    int uToClip = -1, uCentre = -1, uRight = -1, uDown = -1, uRect = -1, uTexRect = -1, uBox = -1;
    LensUniforms lens;
  };
  bool build(Variant& variant, bool lens, std::string& error);
  Variant variants_[2]; // plain, lens
  const Variant* current_ = nullptr;
  std::optional<Projection> lensProjection_; // while drawing through a curved lens
  std::string lensError_;
  std::uint32_t vao_ = 0;
  int quads_ = 0;
};

} // namespace shotscape
