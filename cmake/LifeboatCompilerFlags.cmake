# -Wnull-dereference is left out: at -O2 GCC 12 reports it inside Qt's own QHash.
# Warnings are on for every target of ours; third-party headers come in as SYSTEM
# through imported targets, so they do not drown our own diagnostics.
add_library(lifeboat_compiler_flags INTERFACE)
target_compile_options(lifeboat_compiler_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wformat=2
  -Wimplicit-fallthrough)
if(LIFEBOAT_WERROR)
  target_compile_options(lifeboat_compiler_flags INTERFACE -Werror)
endif()

if(LIFEBOAT_SANITIZE)
  set(_lifeboat_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(lifeboat_compiler_flags INTERFACE ${_lifeboat_san})
  target_link_options(lifeboat_compiler_flags INTERFACE ${_lifeboat_san})
endif()
