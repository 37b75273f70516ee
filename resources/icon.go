package resources

import _ "embed"

// Icon is Helhed's icon, a 512×512 PNG: the window shows it, and the packages (FyneApp.toml,
// packaging/dist.sh) are made from this same file.
//
//go:embed icon.png
var Icon []byte
