// Anchors the static library that carries the compiled translations as a Qt resource.
