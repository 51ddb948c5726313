# Invoked with -P from engine/CMakeLists.txt: LINKED and INTERFACE hold the engine's
# direct link libraries. A GUI module there would let widgets leak into the engine.
foreach(lib IN LISTS LINKED INTERFACE)
  if(lib MATCHES "Qt6?::(Gui|Widgets|Charts|OpenGL|Quick)")
    message(FATAL_ERROR "lifeboat_engine must stay headless but links ${lib}")
  endif()
endforeach()
message(STATUS "lifeboat_engine links no GUI module")
