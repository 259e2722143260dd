// The one source of cascade_pch, the target whose precompiled headers every other target reuses
// (cmake/CascadePch.cmake). It needs a source to exist; it defines nothing.
