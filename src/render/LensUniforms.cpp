#include "render/LensUniforms.h"

#include <GLES3/gl3.h>

namespace shotscape {

std::string LensUniforms::defines() { return "#define LENS\n" + std::string(embedded::shaders("lens.glsl")) + "\n"; }

void LensUniforms::locate(const GlProgram& program) {
  right = program.uniform("uLensRight");
  up = program.uniform("uLensUp");
  forward = program.uniform("uLensForward");
  shift = program.uniform("uLensShift");
  axes = program.uniform("uLensAxes");
  kinds = program.uniform("uLensKinds");
  edge = program.uniform("uLensEdge");
}

void LensUniforms::set(const Projection& projection) const {
  const auto vec3 = [](int at, const glm::dvec3& v) { glUniform3f(at, float(v.x), float(v.y), float(v.z)); };
  vec3(right, projection.rightUnit());
  vec3(up, projection.upUnit());
  vec3(forward, projection.forwardUnit());
  glUniform2f(shift, float(projection.shiftNdc().x), float(projection.shiftNdc().y));
  glUniform2f(axes, float(projection.axes().x), float(projection.axes().y));
  const LensMap& map = projection.lensMap();
  glUniform3f(kinds, float(int(map.lens().from)), float(int(map.lens().to)), float(map.lens().mix));
  glUniform2f(edge, float(map.edgeRadius(0)), float(map.edgeRadius(1)));
}

} // namespace shotscape
