// Command appversion prints Helhed's version, casefile.AppVersion, for the packaging scripts:
// the program, its files and its packages all take the version from that one constant.
package main

import (
	"fmt"

	"github.com/helhed/helhed/internal/casefile"
)

func main() {
	fmt.Println(casefile.AppVersion)
}
