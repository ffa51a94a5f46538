/**
 * International given names and surnames that compromise's English-centred lexicon lacks. Written from
 * general knowledge of naming across Europe, the Americas, Africa and Asia (no corpus lists copied).
 * Words that are also ordinary English or clinical words are filtered out where the lists are used
 * (rules/name.ts), so a short clinical abbreviation or a verb never becomes a name through here.
 */

const list = (s: string) => s.trim().split(/\s+/).map((w) => w.toLowerCase());

/**
 * Given names: Nordic, Baltic, Finnish, Germanic, Dutch, Romance, Slavic, Hungarian, Greek, Turkic, Caucasian,
 * Arabic, Persian, South Asian, Japanese, Chinese (pinyin), Korean (romanized, with and without the hyphen),
 * Vietnamese, West/East/Southern African (Yoruba, Igbo, Hausa, Akan, Swahili, Zulu, Somali, Amharic,
 * Wolof/Mandé), Hispanic, Polish, Irish, Welsh, Scottish, Cornish, African-American and recent US names.
 */
export const GIVEN_NAMES = new Set(list(`
  aage aake aapo aarne aaro aarni agnar agnes agnete aksel alf alfhild alva anders anette anja anneli annika
  antti arild arne arvid asbjorn asbjørn aslak astrid atle aud audun bendik bengt benedikte birgit birgitta
  birte bjarne bjorn björn bjørn bodil borghild borgny brynjar brynhild dagny dagfinn dagrun eero eevi eija
  eila eino einar  eira eirik eivind elin elina elof elsa elsebeth embla erkki erland esa espen
  eyvind fredrik frederikke frida frode gudrun guðrún  gunnar gunhild gunnhild gunvor gustav gøran göran
  hakon håkon halldor halldóra halvard hanne hannele hans harald heikki heli helga helge helmi henrik hilde
  hilkka hjalmar hulda ilmari ilse inge inger ingeborg ingrid ingvar irja jaakko jani janne jarl jarmo jens
  jesper joakim johanna jonas jorunn jouni juha juhani jukka jussi jyrki kaarina kaarlo kai kaija kalle kari
  karin karoliina kasper katrine katriina kerstin kjell knut kristian kristín  kristoffer lars lasse
  leena leif lempi liisa linnea lise lisbeth liv lotta magnhild magnus maija maiju mait marit marja marjatta
  marjo markku marketta martti matias matti merja mette mikael mikko minna mirja mogens morten niklas nils
  oddny oddvar olav olaug olli ossi outi paavo pentti per pernille pertti petri pirjo pirkko päivi raija
  ragnar ragnhild raimo rasmus reijo riikka riitta ritva rolf runa rune sakari sanna satu seppo sigrid
  sigurd sigurður sini siri sirpa sisko soile solveig sonja stein steinar stig sune sunniva svein sven
  svend synnøve taina tapani tapio tarja teemu terje terttu thor thora tiina timo toini tomas tómas tommi
  tone tor tore torstein torvald toivo tove tuija tuomas tuula tuulikki turid ulla ulf ulrik unni urho
  valdemar vappu veikko vesa vibeke viljo ville virpi yrjö åse øystein ørjan  hallgrímur jónas jón
  ólafur þorsteinn  sigrún vigdís ásta bjarki baldur snorri gísli hrafn kári ragnheiður

  aart adriaan aleida anneke annemarie arjen bart bas bram cees cornelis daan dirk doutzen eelco elske
  femke floor freek frits geert gerrit gijs  greetje hendrik hendrika henk jaap jan jannie jelle
  jeroen joost joris jozef kees klaas koen lieke lieve luuk maaike maarten marieke marijke mees mirjam
  nienke niels pieter remco rik rutger sander sanne saskia sjoerd stijn teun thijs tjitske wim willemijn
   wouter ymke     anouk fenna loes roos tess

  adelheid albrecht anneliese annegret benedikt berthold brigitte burkhard dieter dietrich dirk eckhard
  ekkehard elfriede elke emil erich ernst frauke friedrich gerd gerhard gertrud gisela gottfried gudrun
  günter günther hannelore hartmut heide heiko heiner heinrich heinz helmut helmuth herbert hermann
  hildegard horst ilse ingo irmgard jens joachim jochen jörg jürgen karl karsten katja klaus knut kurt
  liesel lothar lutz manfred margarete marlene matthias michael monika norbert ortwin otto rainer reinhard
  reinhold renate rüdiger sabine siegfried sieglinde sigrun steffen svenja thorsten torsten ulrich ulrike
  ursula uta ute uwe volker waltraud wolfgang wilhelm wilfried winfried hanne gerlinde gunther heidi
  jutta katrin kerstin lieselotte silke tobias ulf

   adalberto adriana agostino alberico alessandra alessandro alessia alfonso amadeo amalia
  ambrogio annunziata antonella antonio arnaldo arturo assunta aurelio bartolomeo benedetta bernardo
  bettina bonifacio bruna bruno carla carlo carmela carmine caterina cesare chiara cinzia claudia concetta
  corrado cosimo costanza daniela dario davide donatella edoardo elena eleonora elisabetta emanuele 
  enrico enzo ercole ernesto ettore fabio fabrizio fausto federica federico felice ferdinando fiammetta
  filippo fiorella flavio francesca francesco franco gabriele gaetano gennaro gerardo  giacomo
  giada gian giancarlo gianluca gianni gigi gilda gino giorgio giovanna giovanni girolamo giulia giuliana
  giuliano giulio giuseppe giuseppina graziella guglielmo guido ignazio ilaria isabella leonardo leone
  letizia liliana lorena lorenzo luca luciana luciano lucio ludovica luigi manlio marcello marco mariangela
  marina mario marisa massimo matteo maurizio mauro michela michele mirella nando nazzareno nicola nicoletta
  orazio orlando ornella ottavio paola paolo pasquale patrizia pietro piero pina raffaele raffaella
  renata renato riccardo rita roberta roberto rocco romano rosalba rosaria rosario rossella salvatore
  santino sergio silvana silvio simona simone stefania stefano tiziana tommaso ugo umberto valentina
  valerio vincenzo vinicio vitale vito vittoria vittorio  leone

  adelina agustín ainhoa alejandra alejandro alfonso almudena álvaro amparo andrés ángel ángela anselmo
  araceli arantxa asunción aurora beatriz begoña bernardo blanca candela carmen catalina cayetana
  concepción consuelo cristina cristóbal  dolores eduardo encarnación enrique esperanza esteban
  eugenia eulalia evaristo faustino felipe fermín fernanda fernando gonzalo graciela guadalupe gustavo
  haydée hernán hilario horacio ignacio inés inmaculada isidro itziar jacinto jaime javier jesús joaquín
  jorge josefa josé juana julián  leandro leticia lorenzo lucía luis macarena manuel manuela
  marcelino marcos mariano marisol marta mercedes milagros miguel  montserrat nieves nuria octavio
  pablo paloma pascual pilar rafael ramiro ramón raúl reinaldo remedios rocío rodrigo rogelio roque
  rosario salvador santiago sebastián socorro soledad susana teodoro teresa tomás vicente yolanda
  abílio adão afonso aníbal antónio aristóteles benedito conceição custódio diogo domingos edite eduarda
  fabrício flávio gonçalo graça inês joão joaquim jordão leopoldina lourdes luís marcelo márcio nuno
  rui sebastião tânia telmo tiago vitória vitoria wagner zacarias

  adèle adrien agathe aimé aimée alain alexandre alphonse amélie anaïs antoine apolline armand arnaud
  aurélie aurélien baptiste bastien benoît bernadette blaise brigitte camille céline chantal clément
  clémence colette corentin cyrille delphine denise didier dominique  édouard éloïse émile
  émilie étienne fabien fabienne florian francine françois françoise frédéric gaëlle gaston geneviève
  georges gérard ghislaine gilbert gilles guillaume hélène hervé honoré hortense hugues irène jacques
  jérôme joël josette jules juliette laetitia laurent léa léon léonie lucien lucienne ludovic mathilde
  mathieu maxime michèle mireille nathalie nicolas noël odile olivier pascal patrice philippe pierre
  raphaël régis rémi rémy sébastien séverine solène stéphane sylvie thibault thierry timothée valérie
  vincent yannick yves yvette yvonne zoé

  agnieszka aleksander aleksandra alicja aniela anka bartosz beata bogdan bogumił bogusław bolesław
  bonifacy bożena bronisław czesław danuta dariusz dobrosław dorota edyta elżbieta ewa ewelina franciszek
  grażyna grzegorz halina henryk irena  iwona jacek jadwiga janina janusz jarosław jerzy joanna
  jolanta józef kazimierz krystyna krzysztof leszek lucyna łukasz maciej małgorzata marek mariusz
  mieczysław mirosław paweł piotr przemysław radosław renata ryszard sławomir stanisław stefan tadeusz
  teodor tomasz urszula wacław waldemar wiesław witold władysław wojciech zbigniew zdzisław zofia
  zuzanna  aurelia

  alena aleš bohumil bohuslav bořivoj dagmar dalibor drahomíra eliška františek hana ivana jana
  jaroslav jindřich jiří kateřina ladislav libuše lubomír ludmila marcela markéta miloš miroslav
  oldřich přemysl radek radka růžena stanislava šárka svatopluk věra vladimír vlasta václav zdeněk
  zuzana bohdana jarmila květa

  aleksandar aleksei alexei alla anastasia anatoly andrei anton arkady bogdan boris borislav borna
  branislav branko darko davor dejan dmitri dmitry dragan dragana dušan duško evgeny fyodor galina
  gennady goran grigory igor ilya irina ivan ivica jelena katarina konstantin kseniya ksenia larisa
  leonid liudmila lyudmila maksim marina marko milan milena miloš milica miroslava mladen mstislav
  natalia natalya nadezhda nikita nikolai nikolay oksana oleg olga pavel petar predrag radomir radovan
  ratko sasha sergei sergey slobodan snežana stanko stjepan svetlana tatiana tatyana valentin valentina
  valery vasily vera viktor vitaly vladimir vladislav vsevolod yaroslav yekaterina yelena yevgeny yuri
  zoran zlatko željko      emina ljubica mirjana nevena slavica vesna
  zdravko tihomir ognjen stevan vuk ljubomir lazar bojan nemanja miloslav dobromir radmila

  ágnes andrás annamária attila balázs béla bence boglárka csaba dániel dénes dezső edit emese endre
  erika erzsébet ferenc gábor gergely gizella gyula  hajnalka ildikó imre istván ilona jenő jolán
  józsef judit katalin károly kinga klára  krisztina lajos lászló lőrinc márta mátyás miklós
  nándor orsolya péter piroska réka sándor szabolcs tamás tibor  zoltán zsófia zsolt zsuzsanna
  hajna tünde

  aikaterini anastasios andreas angeliki apostolos athanasios christos dimitra dimitrios eleftheria
  eleni evangelos georgios ioannis konstantinos kostas maria nikolaos panagiotis paraskevi sotiris
  spyros stavros theodora theodoros vasileios vasiliki yiannis yannis

  ahmet ayşe aysel berk burak can cem deniz ebru elif emine emre esra fatma gökhan hakan hasan hatice
  hülya kemal mehmet melek mustafa murat özlem serkan sevgi tarkan tuğba volkan yusuf zeynep

   dzhokhar ramzan ruslan shamil zaur aslan akhmed magomed    khava
   nurlan aigerim ainur askar asel dinara yerlan zhanna timur rustam dilnoza farrukh gulnara

  abdel abdul abdullah abdulla ahmad ahmed aisha amina amir amira anwar ayman aziz bashir basma farah
  farid fatima fatma hamid hamza hana hassan hussein ibrahim idris imran ismail jamal jamila karim
  khadija khalid laila layla leila mahmoud malik mariam marwan mohamed mohammad mohammed mona mustafa
  nabil nadia naima nasser noor nour omar rania rashid reem saeed said salma samir samira sana tariq
  walid yasmin yasmine youssef zainab zahra zaid ali hossein mehdi reza shirin parisa dariush farshid
  leyla navid babak

  aarav abhishek aditya ajay akash amit anand anil anita anjali arjun arun ashok deepak divya ganesh
  gaurav geeta harish hemant indira jaya kavita kiran krishna kumar lakshmi madhu mahesh manish manoj
  meena mohan nandini neha nikhil nisha pooja pradeep prakash priya rahul raj rajesh rakesh ramesh
  ravi rekha rohit sanjay sanjeev santosh sarita shankar sharmila shweta sita sudhir sunil sunita
  suresh swati uma usha vijay vikram vinod vishal

   akira atsushi chihiro daichi daisuke emiko haruka haruto hideki hikaru hiroshi hiroko hitomi
  ichiro kaito katsuo kazuki kazuo keiko kenji kenta kohei makoto  masaki masako mayumi megumi
  michiko minoru mitsuki naoki naoko  noriko osamu riku ryota ryu sakura satoshi shigeru shinji
  shota sora sumiko takashi takeshi takumi taro tetsuya tomoko tomomi yoko yoshiko  yuki yuko
  yumi yusuke hanako shun kenichi

  jiahui jianguo jing junjie lihua meiling mingyu qiang wenjun xiaoming xiaoyan xin xiu yifan yong
  zhiwei zhen yulan jiwoo jiyeon minjun seojun seoyeon jisoo hyun eunji younghee

  abebe adaeze ade adebayo adunni afia akosua amara ayodele babajide chidi chiamaka chinedu chinwe
  chukwuma emeka folake ikenna kofi kwabena kwame kwasi nkechi nnamdi obinna olumide oluwaseun
  tendai thandiwe themba tunde uchenna yaw zanele sipho lerato nomvula

  abhay abhinav adarsh akhil alok amar amol amrita anjana ankit ankita anupam anuradha aparna archana arvind
  ashwin bhavna chandra chetan darshan deepa devendra dhruv dinesh farhan gautam gita girish gopal hari
  harpreet hemlata ishaan jagdish jasleen jaspreet jatin jyoti kamal kamala kapil karan kavya kishore
  lalita lokesh madhavi mahendra manisha manpreet meera mukesh naveen navneet nitin padma pallavi
  pankaj parth parvati pavan prabhu pranav prashant pratik praveen preeti prem priyanka priyesh pushpa
  radha raghav rajan rajeev rajiv rama ramya ranjit rashmi ravindra reena rishi ritu rohan rupa sachin
  sahil sameer sandeep sangeeta sanjana sapna saroj satish savita seema shalini shanti sharad shilpa
  shiv shreya shyam siddharth simran smita sneha sonal subhash sudha suman sunaina surinder sushila
  tanvi tarun uday urmila varun vasant vidya vikas vimala vinay yash yogesh zubair ayesha bushra fahad
  faisal faizan hina humaira imtiaz junaid kashif nadeem nasreen naveed rehana rizwan sadia saima shahid
  shazia tahir tanveer uzma waqar yasir zeeshan arif asif irfan javed nazia rubina sultana tahmina
  nusrat rafiq shahana shamim farida mahmud sohail anwara

  abena abimbola adaobi adanna adebola adedayo adeola adesuwa adewale adeyinka adunola adwoa afua akua
  akin akinyi amaka ayo ayodeji ayotunde babatunde bisi bolaji bukola chiamaka chidera chidinma chidiebere
  chigozie chika chikodi chinonso chinyere chioma chisom chukwudi damilola dayo ebere ebuka efua ekow
  emeka eze ezinne femi folasade folake funke funmilayo ifeanyi ifeoma ijeoma ikechukwu kehinde
  kelechi kojo kwaku kwesi kayode ngozi nkem nkiru nneka nnenna obiageli obioma ogechi oluchi olufemi
  olumide olusegun oluwadamilare oluwatobi oluwatoyin omolara onyeka segun seun shola taiwo
  temitope tobi tolu tolulope titilayo uche uchechi uzoma yaa yetunde yemi kofi kwadwo abiodun
  adaora amarachi nonso obinna onyinye somto tochi zainab halima aminu musa abubakar hauwa usman
  wanjiru wambui njeri akinyi achieng otieno kamau mwangi njoroge kipchoge wairimu nyambura
  thabo lindiwe nomsa zodwa sibusiso bongani lwazi mandla nandi naledi palesa refilwe tshepo ayanda
  amani baraka imani neema zawadi juma rehema asha jabari makena nia
  abdi abdirahman ayaan faduma hodan hibo warsame yusra mohamud abdullahi
  tesfaye abebech almaz dawit genet hiwot kidist meron selam tigist yonas mekdes bereket

  aaliyah ahmadou alhassan amadou awa binta fatou fatoumata ibrahima mamadou moussa ousmane oumar seydou
  aissatou mariama kadiatou boubacar souleymane

  adil adnan ahlam amal amjad anas ayat bassam bilal dalia dina ehab emad fadi fadia faris fawzi
  ghada ghassan hadi hala haitham hanan hani hassan hatem hayat hisham hoda hussam ibtisam iman imad
  issa jalal jihad kamal khaled khalil lamia lina lubna maha majed majid manal maher mazen mohsen muna
  munir nadim nahla najib najla nawal nidal nizar noura omar osama qasim rami randa rasha rashida
  riad rima said salah saleh salim samer sami sawsan shadi shatha suha suleiman tamer tarek wael wafa
  yahya yara yasser zaina ziad zuhair abdelrahman abdulaziz abdulrahman mustafa hamza hala rawan
  raghad lujain shahd malak jana maryam ahmed yusuf youssef ayman moustafa nabila samia soraya
  afsaneh ali-reza arash azadeh bahram behnaz darioush ehsan elham farzaneh golnaz hamed hamid kamran
  kaveh laleh mahnaz mahsa maryam mina mitra mojgan morteza nasrin negar parvin payam pegah roya saeed
  sahar sanaz shahram shiva siamak soheila vahid yasaman zohreh

  anh bao binh chau cuong dao diep dung duc giang hang hanh hien hieu hoa hoai hoang hong huong hung
  huy huyen khanh khoa khoi kiet kieu lien linh loan long luan mai minh my nga ngan nghia ngoc
  nguyet nhan nhi nhung oanh phat phong phuc phuong quan quang quoc quy quynh sang tai tan thach
  thanh thao thi thien thinh thu thuan thuy thuong tien toan trang trinh trong truc trung tu
  tuan tuyet uyen van viet vinh vu vy xuan yen

  bo-ra chae-won da-eun do-yoon eun-ji eunji eunjung eun-young geon-woo ha-eun ha-yoon hye-jin hyejin
  hyun-woo hyunwoo jae-hyun jaehyun ji-ho jiho ji-hoon jihoon ji-min jimin ji-woo jiwoo ji-yeon jiyeon
  ji-young jiyoung jin-ho jinho joon-young min-ji minji min-jun minjun min-seo minseo myung-hee na-yeon
  seo-yeon seoyeon seo-yun seung-hoon seunghoon so-yeon soyeon sung-min sungmin woo-jin yeon-woo
  young-ho youngho yu-jin yujin dong-hyun donghyun kyung-soo sang-woo

  bingwen chunhua dongmei fangfang guanyu guiying guoqiang haiyan hongmei huimin jiahao jianhua jianjun
  jianping junhao lanying lijuan limei liqiang meihua mingming qiaoling shufen shuang wenjie xiaodong
  xiaohong xiaojun xiaoling xiaomei xiaoxia xiuying xueying yanling yanmei yuxuan zihan haoran yutong xinyi
  mingxuan zhiqiang zhihao yuling weiming weiwei jiaming jiayi ruolan shuhui yaqin

  aarón abigail adela adolfo adrián alba alcides aldo alfredo alicia alma amalia américo anabel
  anahí analía andrea angélica aníbal antonio armando arnulfo aurelio baltazar beatriz benito berenice
  bernardino camila candelaria carlos carolina catalina cecilia celia cesar césar cirilo citlali clara
  claudio cristian damián daniela diego dolores edgar edith efraín efrain elena eliseo elvira emilio
  emiliano enrique erasmo ernesto esmeralda estela estefanía eugenio eusebio ezequiel fabiola federico
  fidel florencia francisco gabriela gerardo gilberto gisela graciela gregorio guadalupe guillermo hector
  héctor heriberto hilda homero humberto irma isidro itzel ivonne jacinto jazmín jesús jimena joaquín
  josefina juan julio karina leonel leonor lidia lorena lourdes luciana lupe magdalena marcela maribel
  maricela marisela martha mateo maximiliano mayra miguel mireya moisés nayeli noemí norma octavio
  odalys olga osvaldo pablo patricio paulina porfirio rafael ramiro raquel reina reyna ricardo rigoberto
  rodolfo rogelio rosalía rosario rubén salvador santos sara saúl sergio silvia sofía susana teodoro
  tomás ulises valeria verónica víctor wilfredo xiomara ximena yadira yaneth yesenia yolanda zoila
  zulema valentín florentino gumersindo nicanor abelardo anselmo arcelia belén brígida consuelo
  dulce eréndira evangelina fernando franco gonzalo iván jaime jorge josé leonardo lucas luis manuel
  marco mario martín matías maximino mauricio nicolás óscar pedro ramón raúl renata ruth sebastián
  sonia tadeo valentina vicente yamileth

  aisling aoife caoimhe cathal cian ciaran ciarán cillian clodagh colm darragh donal donnacha eabha fionn
  fionnuala gráinne grainne oisin oisín orla roisin róisín ruairi ruairí saoirse seamus séamus sinead
  sinéad tadhg angharad bronwen carys ceri cerys dafydd eleri emrys ffion gethin gwyneth iwan lowri
  seren ailsa eilidh hamish kirsty lachlan morag callum demelza jago tamsin tamsyn morwenna
  ayanna aniya amari dashawn deandre demetrius dequan jamari jamarcus janiya jaquan jaliyah kamari
  keshawn keyshawn ladonna lakisha lashonda latonya latrice laquisha quanisha shameka shanelle shanice
  shaniqua shanika shaquille sharonda takisha tameka tanesha tyesha tyrell zaria jaylen
  addisyn brayden brynlee emersyn everly harlow jaxon jaxson jaycee kayden kenley kinsley kyleigh
  makayla makenzie maddox nevaeh oaklynn paxton rylee ryker tinsley zayden khloe remi kashton karsyn
  pawel pawełek

  giorgos giorgios dimitris panos panagiota vasilis thanasis christos christina despina fotini kyriakos
  stelios takis manolis michalis antonis eirini katerina stavroula chrysoula georgia-maria
  maricel marites rodel arnel jomar rommel mylene analyn jocelyn rowena lorna jonalyn marivic
  rosalinda teresita lourdes-mae jenalyn ricardo-jose jun-jun
  guerline nadege nadège widline kettly marjorie-ann jean-baptiste jean-claude jean-pierre jean-marie
  jean-luc marie-claire marie-france rose-marie fritznel lovely-ann wisly
  xochitl citlali nayeli itzel yareli ximena tlaloc cuauhtémoc cuauhtemoc
  thiago gabriel-luiz luiz joão-pedro kauã kaua lorena-beatriz thaís thais larissa letícia leticia
  raimundo sebastião wellington washington-luiz cleide creusa rosângela rosangela marlene-aparecida
  aparecida

  wojtek tomek staszek franek janek jurek maciek krzysiek bartosz basia ania asia ela jola krysia danka
  aleksy adrianna agata bartek bartłomiej bogna dominika felicja genowefa gosia hubert ignacy jakub
  julian kacper kamil kamila kasia kinga klaudia kornelia krystian kuba lena lucjan ludwik magda marcin
  marzena michalina mikołaj milena monika natalia nikola oliwia olga patryk paulina radek roksana rafał
  sebastian seweryn szymon tymon wiktor wiktoria witek zenon zosia zygmunt stanisława mateusz hanna
  joon-ho jae-won jae-hoon sung-min young-ho mei-ling mei-lin xiao-ling beatrix sione siosaia mele losana
  rahim rahima nasir shafiq nasrin shirin parvin
`));

/** Surnames: common family names across the same regions. */
export const SURNAMES = new Set(list(`
  aaltonen ahonen anttila eskola hakala halonen heikkinen heinonen hiltunen  huttunen hämäläinen
  jokinen kallio karjalainen kauppinen kettunen kinnunen koivisto korhonen koskinen laaksonen lahtinen
  laine lehtonen leinonen leppänen lindholm madetoja mattila miettinen mustonen mäkinen nieminen
  nurmi  ojala pitkänen  rantanen   saarinen salminen salo savolainen tuominen
  turunen virtanen vainio väisänen     
  andersen andersson berg bergqvist bergström dahl eklund ekström engström eriksen eriksson fredriksen
  gustafsson hagen halvorsen hansen hansson haugen holm holmberg isaksen jakobsen johansen johansson
  karlsen karlsson kristiansen larsen larsson lind lindberg lindgren lindqvist lundberg lundgren
  magnusson mikkelsen nielsen nilsen nilsson nordin nyberg olsen olsson pedersen persson rasmussen
  sandberg solberg strand sundberg svensson söderberg thomsen wallin wikström 
    guðmundsson jónsson sigurðsson  sigurðardóttir
   bakker bos brouwer de dekker dijkstra hendriks jansen janssen kok koster meijer mulder
  peeters postma smit timmermans van vermeulen visser willems wouters     
  bauer becker braun fischer fuchs hartmann hoffmann huber jung keller klein koch krause krüger kühn
  lange lehmann lorenz maier mauer meier meyer möller müller neumann richter schäfer schmid schmidt
  schmitt schneider scholz schröder schubert schulz schulze schwarz seidel vogel wagner weber weiß
  werner winkler wolf zimmermann     
  barbieri bianchi bruno calabrese caruso colombo conti costa de luca esposito ferrara ferrari ferraro
  fontana galli gallo giordano greco lombardi lombardo mancini marchetti marini mariani martini mazza
  mazzi moretti  orlando  pellegrini ricci rinaldi rizzo romano rossi russo santoro
  serra testa  vitale 
  alonso álvarez blanco castillo castro cortés delgado díaz domínguez fernández garcía gil gómez
  gonzález gutiérrez hernández hidalgo iglesias jiménez lópez lozano marín martín martínez medina
   molina morales moreno muñoz navarro núñez ortega ortiz pérez ramírez ramos rodríguez romero
  rubio ruiz sánchez santos sanz serrano suárez torres vázquez carvajal almeida alves araújo barbosa
  cardoso carvalho correia costa ferreira gomes lopes marques martins mendes monteiro nunes oliveira
  pereira pinto ribeiro rocha silva sousa souza teixeira vieira
  bernard bertrand bonnet boyer chevalier david dubois dupont durand faure fournier françois garnier
  girard joly lambert laurent lefebvre lefèvre leroy mercier michel moreau morel petit renaud rousseau
  roux simon vincent     
  abramovich bulgakov  ibragimov ivanov kuznetsov morozov novikov pavlov petrov popov
  smirnov sokolov vasiliev  volkov      
          popović  
  kozłowski kowalczyk kowalski lewandowski nowak kaczmarek mazur tomaszewski wiśniewski wójcik
  zieliński woźniak dąbrowski kamiński  novák svoboda dvořák černý procházka kučera veselý
  horák němec pokorný marek   
  horváth kovács kiss molnár nagy németh szabó tóth varga     
  papadopoulos georgiou nikolaidis oikonomou
  yılmaz kaya demir şahin çelik yıldız yıldırım öztürk aydın özdemir arslan doğan
  kim lee park choi jung kang cho yoon jang lim
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin luo zheng
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
  yamaguchi matsumoto inoue kimura hayashi shimizu    izumi   
  sharma patel singh kumar gupta shah mehta reddy rao iyer nair chatterjee banerjee mukherjee
  okafor okonkwo adeyemi mensah

  nguyen tran pham hoang huynh phan dang bui ngo duong trinh dinh luong truong quach thai
  kim lee park choi jeong jung yun kwon hwang ahn hong jeon yang
  kwak
  ramaswamy krishnamurthy subramanian venkatesh venkataraman iyengar pillai menon bhattacharya
  chowdhury choudhury ghosh dutta joshi kulkarni deshpande patil desai trivedi pandey mishra
  tiwari srivastava verma agarwal aggarwal malhotra kapoor khanna chopra bhatia sethi ahuja arora grewal
  sandhu sidhu dhillon chaudhary chaudhry naidu rajan krishnan narayanan ramachandran balasubramanian
  gopalan srinivasan raghavan sundaram natarajan parikh shukla saxena bhatt bhat hegde shetty kamath
  prabhu nayak mahajan thakur rathore chauhan yadav jha sinha prasad bhandari qureshi siddiqui ansari
  rahman hussain hossain chaudhri akhtar malik mirza baig butt khalid
  owusu asante boateng osei agyeman appiah ofori adjei acheampong amoah antwi bonsu darko frimpong
  gyamfi kyei nkrumah oppong sarpong yeboah addo ansah quaye tetteh annan mensah-bonsu
  eze nwosu okeke chukwu okoro nwachukwu obi okonjo onyekachi nwankwo igwe ezeh anyanwu obiora
  ogunleye oyelaran balogun bello adebayo adeleke adeniyi adewale adeyemi afolabi ajayi akinola
  akinyemi alabi babatunde falola ogundipe ogunbanjo olawale oyewole salami oladipo okafor
  onyango otieno ochieng kamau mwangi njoroge kariuki kimani wanjiku kiprono kiptoo chebet
  nkosi dlamini ndlovu mthembu khumalo zulu mokoena molefe mahlangu ngcobo
  tesfaye haile gebremedhin tadesse abebe bekele girma wolde
  diallo traore traoré coulibaly keita keïta konate sissoko toure touré camara ndiaye diop
  mbaye cisse cissé kone koné ouedraogo
  haddad haddadin khoury khouri nassar saleh hamdan habib awad aziz mansour darwish farah hijazi issa
  jaber khalil masri najjar qasem rahal sabbagh shami tannous yousef zaher zidan el-amin al-amin
  hakimi tehrani rostami hosseini mohammadi ahmadi karimi rahimi moradi jafari rezaei sadeghi kazemi
  ebrahimi hashemi nikpour
  alvarado mejía mejia quintero herrera domínguez dominguez castañeda castaneda villanueva salazar
  guzmán guzman aguilar vargas mendoza rojas espinoza espinosa cabrera cervantes contreras estrada
  fuentes galindo ibarra juárez juarez lara macías macias maldonado montoya ochoa orozco pacheco
  padilla peña pena quiroz rosales salinas sandoval solís solis trujillo valdez valencia velásquez
  velasquez zamora zavala zúñiga zuniga barrera calderón calderon camacho cisneros córdova cordova
  durán duran escobar figueroa gallegos garza ibáñez ibanez nava olvera ponce robles ríos rios santana
  tapia trejo vega velázquez velazquez villarreal arellano avila ávila bautista becerra benítez benitez
  cardenas cárdenas carrillo cortez de la cruz enríquez esquivel gaitán guerrero luján lujan
  maldonado marroquín meléndez melendez montes morán oropeza pineda quintana rangel renteria sosa
  toledo urbina valenzuela vásquez vasquez villalobos zapata gutierrez hernandez rodriguez gonzalez
  martinez sanchez ramirez lopez perez gomez diaz jimenez alvarez fernandez
  szymański szymanski wróblewski wroblewski wróblewska nowicki nowicka jankowski mazurek krawczyk
  piotrowski grabowski pawłowski pawlowski michalski zając zajac król krol wieczorek jabłoński
  jablonski majewski olszewski stępień jaworski malinowski dudek górski gorski witkowski walczak
  sikora baran rutkowski michalak szewczyk ostrowski tomczak pietrzak jasiński jasinski zalewski
  wróbel wrobel marciniak kaźmierczak sadowski zawadzki chmielewski włodarczyk borkowski czarnecki
  sawicki sokołowski urbański kubiak maciejewski szczepański kucharski kalinowski mazurkiewicz
  holmgren lindgren bergqvist tupou fifita havili taufa vainikolo
`));
