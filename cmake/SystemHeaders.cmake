# Header-only libraries from Debian (GLM, nlohmann_json, doctest). em++ must never see
# -I/usr/include (it would pull in the host's libc headers), so each library's folder is linked
# into a private include directory that both builds use.
set(SHOTSCAPE_SYSDEPS_DIR "${CMAKE_BINARY_DIR}/sysdeps")
file(MAKE_DIRECTORY "${SHOTSCAPE_SYSDEPS_DIR}")
foreach(dir glm nlohmann doctest)
  if(NOT EXISTS "/usr/include/${dir}")
    message(FATAL_ERROR "/usr/include/${dir} is missing: run tools/install-deps.sh")
  endif()
  file(CREATE_LINK "/usr/include/${dir}" "${SHOTSCAPE_SYSDEPS_DIR}/${dir}" SYMBOLIC)
endforeach()

add_library(shotscape_sysdeps INTERFACE)
target_include_directories(shotscape_sysdeps SYSTEM INTERFACE "${SHOTSCAPE_SYSDEPS_DIR}")
# The player is built without exceptions; nlohmann_json then reports errors through its SAX
# interface (see src/core/manifest/JsonReader.cpp) instead of throwing.
target_compile_definitions(shotscape_sysdeps INTERFACE JSON_NOEXCEPTION GLM_FORCE_CXX17)
