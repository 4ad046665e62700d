#include "render/GlProgram.h"

#include <GLES3/gl3.h>

namespace shotscape {

namespace {
GLuint compile(GLenum type, std::string_view file, std::string_view defines, std::string& error) {
  const std::string_view source = embedded::shaders(file);
  if (source.empty()) {
    error = "shader " + std::string(file) + " is not embedded";
    return 0;
  }
  const GLuint shader = glCreateShader(type);
  // The #version line, the defines, the rest.
  const size_t versionEnd = source.find('\n') + 1;
  const char* texts[3] = {source.data(), defines.empty() ? "" : defines.data(), source.data() + versionEnd};
  const GLint lengths[3] = {GLint(versionEnd), GLint(defines.size()), GLint(source.size() - versionEnd)};
  glShaderSource(shader, 3, texts, lengths);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    error = std::string(file) + ": " + log;
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}
} // namespace

GlProgram::~GlProgram() {
  if (program_) glDeleteProgram(program_);
}

bool GlProgram::build(std::string_view vertexFile, std::string_view fragmentFile, std::string_view fragmentDefines,
                      std::string_view vertexDefines) {
  const GLuint vs = compile(GL_VERTEX_SHADER, vertexFile, vertexDefines, error_);
  const GLuint fs = vs ? compile(GL_FRAGMENT_SHADER, fragmentFile, fragmentDefines, error_) : 0;
  if (!vs || !fs) {
    if (vs) glDeleteShader(vs);
    return false;
  }
  program_ = glCreateProgram();
  glAttachShader(program_, vs);
  glAttachShader(program_, fs);
  glLinkProgram(program_);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = GL_FALSE;
  glGetProgramiv(program_, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[1024] = {};
    glGetProgramInfoLog(program_, sizeof log, nullptr, log);
    error_ = std::string("link: ") + log;
    glDeleteProgram(program_);
    program_ = 0;
    return false;
  }
  return true;
}

bool GlProgram::buildSampling(std::string_view vertexFile, std::string_view fragmentFile, const char* sampler, std::string& error,
                              std::string_view fragmentDefines, std::string_view vertexDefines) {
  if (!build(vertexFile, fragmentFile, fragmentDefines, vertexDefines)) {
    error = error_;
    return false;
  }
  glUseProgram(program_);
  glUniform1i(uniform(sampler), 0);
  return true;
}

int GlProgram::uniform(const char* name) const { return glGetUniformLocation(program_, name); }

std::uint32_t createLinearTexture() {
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  return texture;
}

void blendAtOpacity(float opacity) {
  if (opacity < 1.0f) {
    glEnable(GL_BLEND);
    glBlendColor(0.0f, 0.0f, 0.0f, opacity);
    glBlendFuncSeparate(GL_CONSTANT_ALPHA, GL_ONE_MINUS_CONSTANT_ALPHA, GL_ZERO, GL_ONE);
  } else {
    glDisable(GL_BLEND);
  }
}

} // namespace shotscape
