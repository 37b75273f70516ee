module github.com/helhed/helhed

go 1.25.0

require (
	fyne.io/fyne/v2 v2.8.1 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/jung-kurt/gofpdf v1.16.2 // indirect
	golang.org/x/image v0.47.0 // indirect
)
