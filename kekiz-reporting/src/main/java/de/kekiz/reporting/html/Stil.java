package de.kekiz.reporting.html;

/**
 * The inline style sheet of {@code bericht.html}. Plain CSS 2.1 plus a few widely supported CSS 3
 * properties (no custom properties, no flexbox), so that the PDF renderer lays it out like a
 * browser does.
 */
final class Stil {

  private Stil() {}

  static final String CSS =
      """
      html{background:#fff}
      body{font-family:"DejaVu Sans","Liberation Sans",Arial,Helvetica,sans-serif;font-size:10pt;\
      line-height:1.35;color:#1a1a1a;margin:0 auto;max-width:78em;padding:1em 1.5em}
      header,nav,main,section,figure,figcaption,footer{display:block}
      h1{font-size:18pt;margin:0 0 .2em;color:#1b4f72}
      p.intern{border:2px solid #9b1c1c;color:#7f1d1d;background:#fff5f5;padding:.4em .6em;margin:0 0 .6em}
      h2{font-size:14pt;margin:1.6em 0 .5em;color:#1b4f72;border-bottom:1px solid #1b4f72;padding-bottom:.1em}
      h3{font-size:11.5pt;margin:1.4em 0 .3em;color:#1b4f72}
      p{margin:.3em 0 .6em}
      .kopf{color:#444;margin:0}
      nav ol{margin:.3em 0 0 1.2em;padding:0}
      nav{border:1px solid #c8d3dc;background:#f4f7fa;padding:.5em 1em;margin:1em 0}
      a{color:#1b4f72}
      table{border-collapse:collapse;margin:.4em 0 1em;font-size:8.5pt;width:100%}
      caption{text-align:left;font-weight:bold;padding:.2em 0;color:#222}
      th,td{border:1px solid #c8d3dc;padding:1px 4px;vertical-align:top}
      thead th{background:#e6edf3;text-align:left}
      td.z{text-align:right;white-space:nowrap;padding-right:6px}
      /* a mark hangs into the padding: takes no width, so the PDF's layout keeps it on its line */
      td.z sup{margin-right:-.6em}
      tr.kommune td.z sup{margin-right:-1.1em}
      td.t{white-space:normal;min-width:6em}
      th.z{text-align:right}
      tbody th{text-align:left;font-weight:normal}
      tr.kommune th,tr.kommune td{font-weight:bold;background:#f4f7fa}
      td.g,td.f{text-align:center;color:#555}
      .schlechter{color:#a8420a}
      .besser{color:#0b5d8f}
      td.luecke{background:#fde2d2;text-align:center}
      td.voll{text-align:center}
      .status-erreicht{color:#0b5d8f}
      .status-verfehlt{color:#a8420a}
      figure{display:inline-block;vertical-align:top;margin:.2em 1em .4em 0}
      figcaption{font-size:8pt;color:#444;max-width:330px}
      .abbildungen{margin:.2em 0}
      .definition{font-size:8.5pt;color:#333}
      .hinweis{border-left:3px solid #1b4f72;background:#f4f7fa;padding:.4em .8em}
      dl.zeichen{font-size:8.5pt}
      dl.zeichen dt{float:left;width:2.5em;font-weight:bold;text-align:center}
      dl.zeichen dd{margin:0 0 .1em 3em}
      abbr{text-decoration:none;border:0}
      footer{margin-top:2em;font-size:8pt;color:#555;border-top:1px solid #c8d3dc;padding-top:.3em}
      td.kontakt{word-wrap:break-word}
      .klein{font-size:88%;color:#444;font-weight:normal}
      .sr{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
      .atlas{border:1px solid #c8d3dc;background:#fbfcfd;padding:.5em 1em;margin:1em 0}
      .atlas-wahl label{font-weight:bold}
      .atlas-wahl select,.atlas-wahl button{font-size:10pt;margin:.2em .8em .2em .2em;max-width:100%}
      .atlas-bild svg{max-width:100%;height:auto}
      path.gebiet:hover,path.gebiet:focus{stroke:#000000;stroke-width:2.5}
      .atlas-legende ul{list-style:none;margin:.2em 0;padding:0}
      .atlas-legende li{margin:.1em 0}
      .atlas-legende .feld{display:inline-block;width:1.2em;height:.9em;border:1px solid #555;margin-right:.4em;vertical-align:middle}
      .atlas-info{min-height:2.8em;font-weight:bold;border-left:3px solid #1b4f72;padding:.2em .6em;margin:.4em 0}
      .atlas-balken svg{max-width:100%;height:auto}
      @page{size:A4;margin:14mm 12mm 16mm 12mm;\
      @bottom-right{content:"Seite " counter(page) " von " counter(pages);font-family:Helvetica,Arial,sans-serif;font-size:8pt;color:#555}}
      @media print{
      body{max-width:none;padding:0;font-size:9pt}
      nav{display:none}
      .atlas{display:none}
      a{color:inherit;text-decoration:none}
      h2{page-break-after:avoid}
      h3{page-break-after:avoid}
      th,td{border:0;padding:1px 3px}
      thead th{border-bottom:1px solid #1b4f72}
      tbody tr:nth-child(even) th,tbody tr:nth-child(even) td{background:#eef3f7}
      svg{display:block}
      figure{page-break-inside:avoid}
      thead{display:table-header-group}
      tr{page-break-inside:avoid}
      table{font-size:7.5pt}
      caption{font-size:8.5pt}
      }
      """;
}
