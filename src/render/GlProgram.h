#pragma once
// A linked GLSL ES 3.00 program built from two embedded shader files (shaders/*.vert|frag).
// Owns its GL object; must be destroyed while its context is current.

#include <cstdint>
#include <string>
#include <string_view>

namespace shotscape {

class GlProgram {
 public:
  GlProgram() = default;
  ~GlProgram();
  GlProgram(const GlProgram&) = delete;
  GlProgram& operator=(const GlProgram&) = delete;

  // Compiles and links; on failure returns false and error() holds the driver's log.
  // `fragmentDefines` (e.g. "#define WALK\n", or shared code such as lensSource()) go after the
  // fragment shader's #version line, `vertexDefines` after the vertex shader's.
  bool build(std::string_view vertexFile, std::string_view fragmentFile, std::string_view fragmentDefines = {},
             std::string_view vertexDefines = {});
  // build(), the driver's log into `error` on failure, and `sampler` bound to texture unit 0 (the
  // only one the player uses); the program is left in use.
  bool buildSampling(std::string_view vertexFile, std::string_view fragmentFile, const char* sampler, std::string& error,
                     std::string_view fragmentDefines = {}, std::string_view vertexDefines = {});
  std::uint32_t id() const { return program_; }
  int uniform(const char* name) const;
  const std::string& error() const { return error_; }

 private:
  std::uint32_t program_ = 0;
  std::string error_;
};

// A new 2D texture, bound, sampled linearly without mipmaps and clamped at the edges (the font
// atlas, media frames). The caller owns it.
std::uint32_t createLinearTexture();

// Opaque drawing (blending off) at 1; below, a cross-fade over what is drawn with a constant alpha
// that keeps the canvas opaque (a move between scenes).
void blendAtOpacity(float opacity);

// The embedded shader sources, by file name (generated at build time from shaders/).
namespace embedded {
std::string_view shaders(std::string_view fileName);
}

} // namespace shotscape
