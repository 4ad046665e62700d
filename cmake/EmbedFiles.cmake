# embed_files(TARGET NAME FILES f1 f2 ...): generates NAME.cpp with one byte array per file and a
# lookup function `shotscape::embedded::NAME(std::string_view fileName)` returning std::string_view.
# Used for shaders (text) and the UI font (binary), so the player needs no extra requests.
function(embed_files target name)
  cmake_parse_arguments(EMBED "" "" "FILES" ${ARGN})
  set(out_cpp "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp")
  string(REPLACE ";" "|" files_arg "${EMBED_FILES}")
  add_custom_command(
    OUTPUT "${out_cpp}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNAME=${name} "-DFILES=${files_arg}"
            -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFilesScript.cmake"
    DEPENDS ${EMBED_FILES} "${CMAKE_SOURCE_DIR}/cmake/EmbedFilesScript.cmake"
    COMMENT "Embedding ${name}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out_cpp}")
endfunction()
